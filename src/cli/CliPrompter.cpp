#include "CliPrompter.h"

#include "CliContext.h"

#include "auth/LoginAttempt.h"

#include <QLocale>
#include <QPointer>
#include <QProcess>

CliPrompter::CliPrompter(CliContext &context)
    : m_context(context)
{}

void CliPrompter::prompt(LoginAttempt *attempt)
{
    QPointer<LoginAttempt> guard(attempt);
    const MethodDescriptor &method = attempt->method();
    const QString name = attempt->profile().name;
    connect(attempt, &LoginAttempt::secondFactorRequired, this,
            [this, guard](const QString &serverPrompt) {
                if (guard)
                    answerSecondFactor(guard, serverPrompt);
            });
    // One try: what the server refused is not asked for again.
    connect(attempt, &LoginAttempt::failed, this, [guard](const Error &error) {
        if (guard)
            guard->abandon(error);
    });
    connect(attempt, &LoginAttempt::signInStepRequired, this,
            [this, guard](const SignInStep &step) {
                if (guard)
                    showSignInStep(guard->profile().name, step);
            });
    if (attempt->waitsForSecondFactor()) {
        answerSecondFactor(attempt, attempt->secondFactorPrompt());
        return;
    }
    // A script's token or request that would need a browser sign-in: it says so at once
    // rather than wait for a person who is not there. `login` waits; so does a terminal.
    if (attempt->needsPerson() && !attempt->wasRequested() && !m_context.stdinIsTerminal())
        return attempt->abandon(Error::make(
            Error::Kind::LoginRequired, QStringLiteral("cli.browser_login"),
            tr("%1 needs a sign-in in the browser: run tokenbench-cli login %1.").arg(name)));
    if (attempt->signInStep() && attempt->isBusy()) {
        showSignInStep(name, *attempt->signInStep());
        return;
    }

    QHash<QString, QString> secrets = attempt->knownSecrets();
    const bool keychainFailed =
        !m_context.noKeychain() && m_context.services().secrets().isSessionOnly();
    for (const FieldSpec &field : method.secretFields()) {
        if (method.isOptional(field, attempt->profile().fields) ||
            method.isOneTimeField(field.key) || !secrets.value(field.key).isEmpty())
            continue;
        const QString value = m_context.promptHidden(tr("%1 for %2:").arg(field.label, name));
        if (!value.isEmpty()) {
            secrets.insert(field.key, value);
            continue;
        }
        if (keychainFailed)
            return attempt->abandon(Error::make(
                Error::Kind::Keychain, QStringLiteral("cli.keychain_needed"),
                tr("%1 of %2 is needed, the keychain is unavailable (%3), and there is no "
                   "terminal to ask on: give it with --secrets-stdin.")
                    .arg(field.label, name, m_context.services().secrets().sessionOnlyReason())));
        return attempt->abandon(
            Error::make(Error::Kind::LoginRequired, QStringLiteral("cli.secret_needed"),
                        tr("%1 of %2 is needed: give it with --secrets-stdin (%3=...) or run on a "
                           "terminal.")
                            .arg(field.label, name, field.key)));
    }
    attempt->submit(secrets, attempt->canRemember());
}

void CliPrompter::showSignInStep(const QString &profile, const SignInStep &step)
{
    const QString until =
        QLocale().toString(step.expiresAt.toLocalTime().time(), QLocale::ShortFormat);
    QUrl open = step.url;
    // Each address and code on a line of its own, for a person to copy and a script to read.
    if (step.kind == SignInStep::Kind::OpenBrowser) {
        m_context.err << tr("To log in to %1, open this address in a browser (Tokenbench waits "
                            "until %2):")
                             .arg(profile, until)
                      << QLatin1Char('\n') << step.url.toString(QUrl::FullyEncoded)
                      << QLatin1Char('\n');
    } else {
        m_context.err << tr("To log in to %1, go to this address on any device and enter the "
                            "code below (Tokenbench waits until %2):")
                             .arg(profile, until)
                      << QLatin1Char('\n') << step.url.toString(QUrl::FullyEncoded)
                      << QLatin1Char('\n') << step.userCode << QLatin1Char('\n');
        if (step.completeUrl.isValid() && !step.completeUrl.isEmpty())
            open = step.completeUrl;
    }
    m_context.err.flush();
    // A desktop session opens the browser; a server or a script (--no-browser) only prints.
    const bool display =
        !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (m_context.opensBrowser() && display)
        QProcess::startDetached(QStringLiteral("xdg-open"), {open.toString(QUrl::FullyEncoded)});
}

void CliPrompter::answerSecondFactor(LoginAttempt *attempt, const QString &serverPrompt)
{
    const QString field = attempt->method().secondFactorField;
    const QString shown = serverPrompt.isEmpty() ? tr("Verification code") : serverPrompt;
    const QString code = m_context.promptHidden(tr("%1 (%2):").arg(shown, attempt->profile().name));
    if (code.isEmpty()) {
        attempt->abandon(Error::make(
            Error::Kind::LoginRequired, QStringLiteral("cli.second_factor"),
            tr("The server asks for a second factor: %1. Give it with --secrets-stdin (%2=...) "
               "or run on a terminal.")
                .arg(serverPrompt, field)));
        return;
    }
    attempt->provideSecondFactor(code);
}

void CliPrompter::askNetworkSecret(const QString &question, QObject *context,
                                   std::function<void(const QString &)> done)
{
    const QString password =
        m_context.stdinIsTerminal()
            ? m_context.promptHidden(question + QLatin1Char(' ') + tr("Password:"))
            : QString();
    QMetaObject::invokeMethod(
        context, [done, password] { done(password); }, Qt::QueuedConnection);
}
