#include "LoginPrompter.h"

#include "LoginDialog.h"

#include "auth/LoginAttempt.h"

#include <QWidget>

LoginPrompter::LoginPrompter(QWidget *window)
    : QObject(window)
    , m_window(window)
{}

void LoginPrompter::prompt(LoginAttempt *attempt)
{
    auto *dialog = new LoginDialog(attempt, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("loginDialog"));
    dialog->open();
}
