#pragma once

#include "compose/RequestDraft.h"
#include "compose/RequestRunner.h"
#include "interop/RequestExport.h"

#include <QUuid>
#include <QWidget>

class AppServices;
class ComposerInterop;
class RequestBodyEditor;
class VariablesTable;
class QAction;
class SecretTextGuard;
class SecureClipboard;
class KeyValueTable;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QToolButton;

// Where a person composes a request for the chosen profile: method, URL (relative to the
// profile's base URL or absolute), query parameters kept in step with the URL, headers, a body of
// several kinds, the {{variables}} the profile offers, and the authorisation that will go with it,
// masked. It sends through RequestRunner and hands each outcome to whoever shows responses.
class ComposerWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ComposerWidget(AppServices *services, QWidget *parent = nullptr);
    ~ComposerWidget() override;

    void setProfile(const QUuid &id);
    QUuid profile() const { return m_profile; }

    RequestDraft draft() const;
    // `switchedOffQuery`: query rows the table offers but the URL leaves out (an API document's
    // optional parameters); a draft keeps only what is sent.
    void setDraft(const RequestDraft &draft, const QList<KeyValueRow> &switchedOffQuery = {});

    RequestRunner *runner() const { return m_runner; }
    QAction *sendAction() const { return m_sendAction; }
    QAction *cancelAction() const { return m_cancelAction; }

    // What the authorisation line says now (for tests): masked unless revealed.
    QString authorizationText() const;
    // The secrets are revealed: on the authorisation line and in what Copy as writes.
    bool isRevealed() const { return m_revealed; }

    // Where "Copy as" puts a command that holds a revealed secret, and where copying the revealed
    // authorisation goes (marked, cleared after a while).
    void setSecureClipboard(SecureClipboard *clipboard);
    // The request as a command or script; the secret is a placeholder unless revealed.
    Result<QString> exportAs(RequestExport::Format format) const;
    // Replaces the draft with a curl command line's request; says what could not be carried.
    bool importCurl(const QString &commandLine);
    // A note above the request's tabs (what an import left out, what became of a saved
    // request's secrets); `warning` shows it as one.
    void showNote(const QStringList &lines, bool warning);
    // One more line under the note shown.
    void appendNote(const QString &line);

public Q_SLOTS:
    void send();
    void cancel();

Q_SIGNALS:
    void finished(const RequestRunner::Outcome &outcome);
    void runningChanged(bool running);
    // Something done that a person should see confirmed ("Copied as curl…"), for a status line.
    void notice(const QString &text);

private:
    void buildUi();
    void syncQueryFromUrl();
    void syncUrlFromQuery();
    void updateAuthorization();
    void updateVariables();
    void setRunning(bool running);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AppServices *m_services;
    RequestRunner *m_runner;
    ComposerInterop *m_interop;
    QUuid m_profile;
    bool m_syncing = false;
    bool m_revealed = false;

    QComboBox *m_method = nullptr;
    QLineEdit *m_url = nullptr;
    QAction *m_sendAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_authLabel = nullptr;
    QToolButton *m_reveal = nullptr;
    QLabel *m_originNote = nullptr;
    QTabWidget *m_tabs = nullptr;
    KeyValueTable *m_query = nullptr;
    KeyValueTable *m_headers = nullptr;
    RequestBodyEditor *m_body = nullptr;
    VariablesTable *m_variables = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_importNote = nullptr;
    SecretTextGuard *m_authGuard = nullptr;
    QList<KeyValueRow> m_disabledQuery; // switched-off query rows, not in the URL
};
