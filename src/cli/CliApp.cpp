#include "CliApp.h"

#include "DecodeCommand.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

CliApp::CliApp()
    : m_in(new QFile)
    , m_ownsStreams(true)
{
    auto *in = static_cast<QFile *>(m_in);
    in->open(stdin, QIODevice::ReadOnly);
    auto *out = new QFile;
    out->open(stdout, QIODevice::WriteOnly);
    auto *err = new QFile;
    err->open(stderr, QIODevice::WriteOnly);
    m_out.setDevice(out);
    m_err.setDevice(err);
}

CliApp::CliApp(QIODevice *in, QIODevice *out, QIODevice *err)
    : m_in(in)
    , m_out(out)
    , m_err(err)
{}

CliApp::~CliApp()
{
    m_out.flush();
    m_err.flush();
    if (m_ownsStreams) {
        delete m_out.device();
        delete m_err.device();
        delete m_in;
    }
}

QString CliApp::helpText() const
{
    return tr("Usage: tokenbench-cli [--version] [--help] COMMAND ...\n"
              "\n"
              "Commands:\n"
              "  decode [TOKEN|-] [--json]   decode a token given as an argument or on standard\n"
              "                              input; --json prints a machine-readable report\n"
              "\n"
              "Exit status: 0 ok, 2 usage error or input that is not a token.\n");
}

int CliApp::usageError(const QString &message)
{
    m_err << QStringLiteral("tokenbench-cli: ") << message << '\n';
    m_err << tr("Try 'tokenbench-cli --help'.") << '\n';
    return Usage;
}

int CliApp::run(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    if (args.isEmpty())
        return usageError(tr("no command given."));

    const QString command = args.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        m_out << helpText();
        return Ok;
    }
    if (command == QLatin1String("--version")) {
        m_out << QStringLiteral("tokenbench-cli %1\n").arg(QCoreApplication::applicationVersion());
        return Ok;
    }
    if (command == QLatin1String("decode"))
        return DecodeCommand(*m_in, m_out, m_err).run(args);
    return usageError(tr("unknown command '%1'.").arg(command));
}
