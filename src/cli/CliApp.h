#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class QIODevice;

// The command-line front end: parses the global options and hands each command its arguments.
// Standard streams are injectable so every command can be run and checked in-process.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    CliApp();
    CliApp(QIODevice *in, QIODevice *out, QIODevice *err);
    ~CliApp();

    int run(const QStringList &arguments);

private:
    int usageError(const QString &message);
    QString helpText() const;
    static QString vendorsAndMethods();

    QIODevice *m_in;
    QTextStream m_out;
    QTextStream m_err;
    bool m_ownsStreams = false;
};
