#pragma once

#include "auth/CredentialPrompter.h"

#include <QCoreApplication>
#include <QObject>

class CliContext;
struct SignInStep;

// The CLI's way to ask a person: the secrets given on standard input (--secrets-stdin) first,
// then the terminal without echo. Without either, the login ends with a message that says how
// to give what is missing. It asks once: a refused secret ends the command.
class CliPrompter : public QObject, public CredentialPrompter
{
    Q_OBJECT

public:
    explicit CliPrompter(CliContext &context);

    void prompt(LoginAttempt *attempt) override;
    // On a terminal only; a script gives proxy_password on standard input.
    void askNetworkSecret(const QString &question, QObject *context,
                          std::function<void(const QString &)> done) override;

private:
    void answerSecondFactor(LoginAttempt *attempt, const QString &prompt);
    // Prints the address or code a browser sign-in waits for, and opens the browser when there
    // is a display and --no-browser was not given.
    void showSignInStep(const QString &profile, const SignInStep &step);

    CliContext &m_context;
};
