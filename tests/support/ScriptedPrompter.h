#pragma once

#include "auth/CredentialPrompter.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

// A person at the keyboard, as a script: each login the session service asks for is answered
// with the secrets given for its profile (or given up when there are none), a second-factor
// request with the next of `codes`. Every prompt is counted with the reason it came with.
class ScriptedPrompter : public QObject, public CredentialPrompter
{
    Q_OBJECT

public:
    QHash<QUuid, QHash<QString, QString>> secrets;
    bool remember = true;
    QStringList codes;
    // After a refused submission: try again with the next of these (else give up).
    QList<QHash<QString, QString>> retries;

    int prompts = 0;
    QList<std::optional<Error>> reasons;
    QStringList secondFactorPrompts;
    QList<Error> failures;

    // Answers to a proxy's password question, in order; none left: declined.
    QStringList networkSecrets;
    QStringList networkQuestions;

    void prompt(LoginAttempt *attempt) override;
    void askNetworkSecret(const QString &question, QObject *context,
                          std::function<void(const QString &)> done) override;
};
