#include "ScriptedPrompter.h"

#include "auth/LoginAttempt.h"

#include <QPointer>

void ScriptedPrompter::prompt(LoginAttempt *attempt)
{
    ++prompts;
    reasons.append(attempt->reason());
    QPointer<LoginAttempt> guard(attempt);
    connect(attempt, &LoginAttempt::secondFactorRequired, this, [this, guard](const QString &p) {
        secondFactorPrompts.append(p);
        if (!guard)
            return;
        if (codes.isEmpty())
            return guard->abandon();
        guard->provideSecondFactor(codes.takeFirst());
    });
    connect(attempt, &LoginAttempt::failed, this, [this, guard](const Error &error) {
        failures.append(error);
        if (!guard)
            return;
        if (retries.isEmpty())
            return guard->abandon(error);
        guard->submit(retries.takeFirst(), remember);
    });
    if (attempt->waitsForSecondFactor()) {
        secondFactorPrompts.append(attempt->secondFactorPrompt());
        if (codes.isEmpty())
            return attempt->abandon();
        return attempt->provideSecondFactor(codes.takeFirst());
    }
    const auto it = secrets.constFind(attempt->profileId());
    if (it == secrets.cend())
        return attempt->abandon();
    attempt->submit(*it, remember);
}

void ScriptedPrompter::askNetworkSecret(const QString &question, QObject *context,
                                        std::function<void(const QString &)> done)
{
    networkQuestions.append(question);
    const QString answer = networkSecrets.isEmpty() ? QString() : networkSecrets.takeFirst();
    QMetaObject::invokeMethod(
        context, [done, answer] { done(answer); }, Qt::QueuedConnection);
}
