#pragma once

#include "interop/RequestExport.h"
#include "util/Result.h"

#include <QObject>
#include <QPointer>

class AppServices;
class ComposerWidget;
class QLineEdit;
class QToolButton;
class QWidget;
class SecureClipboard;

// The composer's way in and out: Copy as (the request written as a command, a revealed one marked
// for clipboard managers) and a curl command read back into it, typed, dropped or pasted into the
// URL field.
class ComposerInterop : public QObject
{
    Q_OBJECT

public:
    ComposerInterop(AppServices *services, ComposerWidget *composer);

    void setSecureClipboard(SecureClipboard *clipboard) { m_clipboard = clipboard; }
    // The "Copy as" button, its menu one entry a format; it copies as the composer reveals.
    QToolButton *makeCopyAsButton(QWidget *parent);
    // A curl command typed or pasted into `url` replaces the composer's request.
    void watchUrlField(QLineEdit *url);

    // The request as a command or script; the secret is a placeholder unless revealed.
    Result<QString> exportAs(RequestExport::Format format, bool reveal) const;
    void copyAs(RequestExport::Format format, bool reveal);
    // Replaces the composer's request with a curl command line's; says what could not be carried.
    bool importCurl(const QString &commandLine);

Q_SIGNALS:
    // Something done that a person should see confirmed ("Copied as curl…").
    void notice(const QString &text);
    // Why a copy failed; empty when the last one went.
    void problem(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AppServices *m_services;
    ComposerWidget *m_composer;
    QPointer<QLineEdit> m_url;
    SecureClipboard *m_clipboard = nullptr;
};
