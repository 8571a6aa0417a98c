#include "LoginPrompter.h"

#include "LoginDialog.h"

#include "auth/LoginAttempt.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QPointer>
#include <QWidget>

LoginPrompter::LoginPrompter(QWidget *window, ProfileStore *profiles)
    : QObject(window)
    , m_window(window)
    , m_profiles(profiles)
{}

void LoginPrompter::prompt(LoginAttempt *attempt)
{
    auto *dialog = new LoginDialog(attempt, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("loginDialog"));
    dialog->setProfileStore(m_profiles);
    dialog->open();
}

void LoginPrompter::askNetworkSecret(const QString &question, QObject *context,
                                     std::function<void(const QString &)> done)
{
    auto *dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("networkSecretDialog"));
    dialog->setWindowTitle(tr("Password Needed"));
    dialog->setLabelText(question + QLatin1Char('\n') +
                         tr("Password or passphrase (kept in the keychain):"));
    dialog->setTextEchoMode(QLineEdit::Password);
    QPointer<QObject> guard(context);
    auto answered = std::make_shared<bool>(false);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [guard, done, answered](const QString &text) {
                *answered = true;
                if (guard)
                    done(text);
            });
    connect(dialog, &QDialog::finished, this, [guard, done, answered] {
        if (!*answered && guard)
            done({});
    });
    dialog->open();
}
