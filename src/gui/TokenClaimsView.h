#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;
class Token;
struct JsonNode;
struct SignatureVerdict;

// The token panel's claims tree and its header and payload JSON tabs: what each known claim
// means, time claims in local time, UTC and relative to now.
class TokenClaimsView
{
    // Its texts are the panel's: they keep the panel's translation context.
    Q_DECLARE_TR_FUNCTIONS(TokenPanel)

public:
    TokenClaimsView(QTreeWidget *tree, QPlainTextEdit *headerJson, QPlainTextEdit *payloadJson);

    // `verdict`: the signature check of this token, if one was made.
    void show(const Token &token, const SignatureVerdict *verdict);
    // Brings each time claim's "in 3 min" to `now`.
    void refreshTimes(const QDateTime &now);

private:
    struct TimeItem
    {
        QTreeWidgetItem *item;
        QDateTime when;
    };

    void addNode(QTreeWidgetItem *parent, const JsonNode &node, bool isHeader);

    QTreeWidget *m_tree;
    QPlainTextEdit *m_headerJson;
    QPlainTextEdit *m_payloadJson;
    QList<TimeItem> m_timeItems;
};
