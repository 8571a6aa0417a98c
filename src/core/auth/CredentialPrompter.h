#pragma once

#include <QString>

#include <functional>

class LoginAttempt;
class QObject;

// Asks a person to log a profile in: the login dialog in the app; the terminal or the lines of
// --secrets-stdin in the CLI; a script in tests. The session service hands it an attempt when
// no stored secret will do. The prompter shows the attempt, submits what the person gives,
// answers the server's second-factor request, and either succeeds or abandons it; it never
// talks to the network or the keychain itself.
class CredentialPrompter
{
public:
    virtual ~CredentialPrompter() = default;

    // Called on the service's thread; the attempt lives until it finished() (then it is
    // deleted later), so a prompter keeps it in a QPointer.
    virtual void prompt(LoginAttempt *attempt) = 0;

    // Asks once for a secret of the profile's network settings (a proxy's password, a client
    // key's passphrase) after it was refused or found missing: `question` says which. `done` gets
    // the answer, or an empty string when the person declined or nobody can be asked (the default);
    // it is called later, not from within this call, unless context is gone.
    virtual void askNetworkSecret(const QString &question, QObject *context,
                                  std::function<void(const QString &)> done)
    {
        Q_UNUSED(question)
        Q_UNUSED(context)
        done({});
    }
};
