#include "TokenClaimsView.h"

#include "TokenColours.h"
#include "auth/Token.h"
#include "jwt/JwtReport.h"
#include "jwt/JwtVerifier.h"
#include "util/Clock.h"
#include "util/Durations.h"
#include "util/JsonText.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QTreeWidget>

#include <cmath>

namespace {

// A time claim's meaning, then how far it is from now: "Expiration time · in 3 min".
QString timeText(const QString &label, const QDateTime &when, const QDateTime &now)
{
    const QString rel = Durations::relative(JwtReport::secondsLeft(when, now));
    return label.isEmpty() ? rel : label + QStringLiteral(" · ") + rel;
}

} // namespace

TokenClaimsView::TokenClaimsView(QTreeWidget *tree, QPlainTextEdit *headerJson,
                                 QPlainTextEdit *payloadJson)
    : m_tree(tree)
    , m_headerJson(headerJson)
    , m_payloadJson(payloadJson)
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_headerJson->setFont(fixed);
    m_payloadJson->setFont(fixed);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setColumnWidth(0, 220);
    m_tree->setColumnWidth(1, 300);
}

void TokenClaimsView::show(const Token &token, const SignatureVerdict *verdict)
{
    m_tree->clear();
    m_timeItems.clear();
    m_headerJson->clear();
    m_payloadJson->clear();
    if (!token.isJwt())
        return;
    const Jwt &jwt = token.jwt().value();

    QFont bold = m_tree->font();
    bold.setBold(true);

    auto *header = new QTreeWidgetItem(m_tree, {tr("Header")});
    header->setFont(0, bold);
    addNode(header, jwt.headerTree(), true);

    auto *payload = new QTreeWidgetItem(m_tree, {tr("Payload")});
    payload->setFont(0, bold);
    if (jwt.kind() == Jwt::Kind::Encrypted) {
        payload->setText(1, tr("encrypted"));
        payload->setText(2, tr("Only the holder of the decryption key can read it."));
    } else {
        addNode(payload, jwt.payloadTree(), false);
    }

    auto *signature = new QTreeWidgetItem(m_tree, {tr("Signature")});
    signature->setFont(0, bold);
    switch (jwt.kind()) {
    case Jwt::Kind::Signed:
        signature->setText(1, tr("%n byte(s)", nullptr, int(jwt.signature().size())));
        if (verdict) {
            signature->setText(2, verdict->describe());
            signature->setForeground(
                2, QColor(QLatin1String(verdict->verified ? TokenColours::Valid
                                                          : TokenColours::Expired)));
        } else {
            signature->setText(2, tr("Not verified: Tokenbench does not hold the issuer's key. "
                                     "Verify… checks it with a key you name."));
        }
        break;
    case Jwt::Kind::Unsecured:
        signature->setText(1, tr("none"));
        signature->setText(2, tr("Unsigned: nothing vouches for these claims."));
        break;
    case Jwt::Kind::Encrypted:
        signature->setText(1, tr("authenticated encryption"));
        signature->setText(2, tr("Not checked: Tokenbench does not hold the key."));
        break;
    }

    m_tree->expandAll();
    // Time claims show their local and UTC forms on demand; keep those rows folded.
    for (const TimeItem &t : std::as_const(m_timeItems))
        t.item->setExpanded(false);

    m_headerJson->setPlainText(QString::fromUtf8(JsonText::indented(jwt.headerJson())));
    m_payloadJson->setPlainText(jwt.kind() == Jwt::Kind::Encrypted
                                    ? tr("The payload of an encrypted token (JWE) cannot be shown.")
                                    : QString::fromUtf8(JsonText::indented(jwt.payloadJson())));
}

void TokenClaimsView::refreshTimes(const QDateTime &now)
{
    for (const TimeItem &t : std::as_const(m_timeItems)) {
        const QString text = timeText(t.item->data(2, Qt::UserRole).toString(), t.when, now);
        if (t.item->text(2) != text) // most ticks change no relative time
            t.item->setText(2, text);
    }
}

void TokenClaimsView::addNode(QTreeWidgetItem *parent, const JsonNode &node, bool isHeader)
{
    static const QHash<QString, const char *> headerNames{
        {QStringLiteral("alg"), QT_TR_NOOP("Algorithm")},
        {QStringLiteral("typ"), QT_TR_NOOP("Type")},
        {QStringLiteral("cty"), QT_TR_NOOP("Content type")},
        {QStringLiteral("kid"), QT_TR_NOOP("Key ID")},
        {QStringLiteral("enc"), QT_TR_NOOP("Content encryption")},
        {QStringLiteral("zip"), QT_TR_NOOP("Compression")},
        {QStringLiteral("jku"), QT_TR_NOOP("Key set URL")},
        {QStringLiteral("x5u"), QT_TR_NOOP("Certificate URL")},
        {QStringLiteral("x5t"), QT_TR_NOOP("Certificate thumbprint")},
    };
    static const QHash<QString, const char *> claimNames{
        {QStringLiteral("iss"), QT_TR_NOOP("Issuer")},
        {QStringLiteral("sub"), QT_TR_NOOP("Subject")},
        {QStringLiteral("aud"), QT_TR_NOOP("Audience")},
        {QStringLiteral("exp"), QT_TR_NOOP("Expiration time")},
        {QStringLiteral("nbf"), QT_TR_NOOP("Not before")},
        {QStringLiteral("iat"), QT_TR_NOOP("Issued at")},
        {QStringLiteral("jti"), QT_TR_NOOP("JWT ID")},
        {QStringLiteral("auth_time"), QT_TR_NOOP("Authentication time")},
        {QStringLiteral("azp"), QT_TR_NOOP("Authorised party")},
        {QStringLiteral("scope"), QT_TR_NOOP("Scopes")},
        {QStringLiteral("email"), QT_TR_NOOP("E-mail address")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
    };
    const bool topLevel = parent->parent() == nullptr;
    const QDateTime now = Clock::now();
    for (const JsonNode &child : node.children) {
        auto *item = new QTreeWidgetItem(parent);
        item->setText(0, child.key);
        QString value;
        if (child.value.isString()) {
            value = child.value.toString();
        } else if (child.value.isObject()) {
            value = tr("{%n member(s)}", nullptr, int(child.children.size()));
        } else if (child.value.isArray()) {
            value = tr("[%n item(s)]", nullptr, int(child.children.size()));
        } else {
            value = QString::fromUtf8(child.text);
        }
        item->setText(1, value);
        item->setToolTip(1, value.size() > 80 ? value.left(2000) : QString());

        if (topLevel) {
            const auto &names = isHeader ? headerNames : claimNames;
            if (const auto it = names.constFind(child.key); it != names.cend())
                item->setText(2, tr(it.value()));
        }
        if (topLevel && !isHeader && child.value.isDouble() && Jwt::isTimeClaim(child.key)) {
            const double seconds = child.value.toDouble();
            if (std::abs(seconds) < 253402300799.0) {
                const QDateTime when =
                    QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000.0), Qt::UTC);
                auto *local =
                    new QTreeWidgetItem(item, {tr("Local time"), Durations::localStamp(when)});
                auto *utc = new QTreeWidgetItem(item, {tr("UTC"), Durations::utcStamp(when)});
                local->setToolTip(1, Durations::isoUtc(when));
                utc->setToolTip(1, Durations::isoUtc(when));
                item->setData(2, Qt::UserRole, item->text(2));
                m_timeItems.append({item, when});
                item->setText(2, timeText(item->text(2), when, now));
            }
        }
        if (child.isContainer())
            addNode(item, child, isHeader);
    }
}
