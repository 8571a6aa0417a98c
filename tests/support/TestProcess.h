#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs a program (the CLI, a credential helper) to its end while this process's event loop keeps
// turning, since the servers it talks to (the sandbox, a window, loopback servers) live here.
namespace TestProcess {

struct Run
{
    int code = -1; // -1: it did not start, crashed or ran out of time
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env,
        const QByteArray &input = {}, int timeoutMs = 60000);

} // namespace TestProcess
