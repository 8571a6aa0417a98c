#include "CliContext.h"

#include "util/Redactor.h"

#include <QEventLoop>
#include <QFile>
#include <QIODevice>
#include <QTimer>

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#endif

namespace {

// Runs the event loop until `done` says so; the CLI's only loop while a command waits.
template<typename T>
T waitFor(const std::function<void(std::function<void(const T &)>)> &start)
{
    std::optional<T> result;
    QEventLoop loop;
    start([&](const T &value) {
        result = value;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

const QStringList SecretFields{QStringLiteral("password"),      QStringLiteral("mfa"),
                               QStringLiteral("token"),         QStringLiteral("api_key"),
                               QStringLiteral("client_secret"), QStringLiteral("challenge")};

} // namespace

CliContext::CliContext(QIODevice &inDevice, QTextStream &outStream, QTextStream &errStream,
                       const QString &configDir, bool noKeychain)
    : in(inDevice)
    , out(outStream)
    , err(errStream)
    , m_profiles(std::make_unique<ProfileStore>(
          configDir.isEmpty() ? ProfileStore::defaultDirectory() : configDir))
    , m_http(std::make_unique<HttpClient>(&m_nam))
    , m_noKeychain(noKeychain)
{
    // One command and gone: nothing to watch for (see ProfileStore::setWatching).
    m_profiles->setWatching(false);
    if (noKeychain)
        m_secrets = std::make_unique<MemorySecretStore>();
    else
        m_secrets = std::make_unique<KeychainSecretStore>();
}

CliContext::~CliContext() = default;

int CliContext::fail(int code, const QString &message)
{
    // One line, never a secret: anything registered with the redactor is masked here too.
    QString line = Redactor::text(message);
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    err << QStringLiteral("tokenbench-cli: ") << line << '\n';
    err.flush();
    return code;
}

int CliContext::exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::Authentication:
    case Error::Kind::Permission:
        return AuthRefused;
    case Error::Kind::Network:
    case Error::Kind::Tls:
    case Error::Kind::Timeout:
    case Error::Kind::Server:
        return NetworkError;
    case Error::Kind::Keychain:
        return KeychainUnavailable;
    case Error::Kind::InvalidInput:
    case Error::Kind::NotFound:
        return Usage;
    default:
        return Failure;
    }
}

bool CliContext::loadProfiles()
{
    const Result<bool> loaded = m_profiles->load();
    if (!loaded) {
        fail(Failure, loaded.error().message);
        // A corrupt file was moved aside; the store is usable, so carry on.
        return loaded.error().code == QLatin1String("profiles.corrupt");
    }
    return true;
}

std::optional<Profile> CliContext::profile(const QString &name)
{
    return m_profiles->find(name);
}

std::optional<Profile> CliContext::requireProfile(const QString &name, int &code)
{
    if (!loadProfiles()) {
        code = Failure;
        return std::nullopt;
    }
    auto found = profile(name);
    if (!found)
        code = fail(Usage, tr("No profile named '%1'.").arg(name));
    return found;
}

Result<std::optional<QString>> CliContext::readSecret(const QString &key)
{
    using R = Result<std::optional<QString>>;
    QObject context;
    return waitFor<R>(
        [&](std::function<void(const R &)> done) { m_secrets->read(key, &context, done); });
}

Result<bool> CliContext::writeSecret(const QString &key, const QString &value)
{
    using R = Result<bool>;
    QObject context;
    return waitFor<R>(
        [&](std::function<void(const R &)> done) { m_secrets->write(key, value, &context, done); });
}

Result<bool> CliContext::removeSecret(const QString &key)
{
    using R = Result<bool>;
    QObject context;
    return waitFor<R>(
        [&](std::function<void(const R &)> done) { m_secrets->remove(key, &context, done); });
}

Result<QHash<QString, QString>> CliContext::readSecretsFromStdin()
{
    QByteArray data;
    constexpr qsizetype Limit = 1024 * 1024;
    while (data.size() <= Limit) {
        const QByteArray chunk = in.read(Limit + 1 - data.size());
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    if (data.size() > Limit)
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("cli.stdin_too_large"),
                           tr("The secrets on standard input exceed 1 MiB."));
    QHash<QString, QString> secrets;
    const QList<QByteArray> lines = data.split('\n');
    int number = 0;
    for (QByteArray line : lines) {
        ++number;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype eq = line.indexOf('=');
        const QString field = QString::fromUtf8(line.left(eq)).trimmed();
        if (eq <= 0 || !SecretFields.contains(field)) {
            // Never echo the line: it may be a secret typed in the wrong shape.
            return Error::make(Error::Kind::InvalidInput, QStringLiteral("cli.stdin_line"),
                               tr("Line %1 of standard input is not field=value with a field "
                                  "of %2.")
                                   .arg(number)
                                   .arg(SecretFields.join(QLatin1String(", "))));
        }
        const QString value = QString::fromUtf8(line.mid(eq + 1));
        secrets.insert(field, value);
        Redactor::registerSecret(value);
    }
    return secrets;
}

bool CliContext::stdinIsTerminal() const
{
#if defined(Q_OS_UNIX)
    return isatty(STDIN_FILENO) == 1;
#else
    return false;
#endif
}

QString CliContext::promptHidden(const QString &prompt)
{
#if defined(Q_OS_UNIX)
    if (!stdinIsTerminal())
        return {};
    err << prompt << ' ';
    err.flush();
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    char buffer[4096];
    const char *line = std::fgets(buffer, sizeof buffer, stdin);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    err << '\n';
    err.flush();
    if (!line)
        return {};
    QString value = QString::fromUtf8(line);
    while (value.endsWith(QLatin1Char('\n')) || value.endsWith(QLatin1Char('\r')))
        value.chop(1);
    std::fill(std::begin(buffer), std::end(buffer), '\0');
    Redactor::registerSecret(value);
    return value;
#else
    Q_UNUSED(prompt)
    return {};
#endif
}

void CliContext::applyProfileOptions(const Profile &profile)
{
    HttpClient::Options options = m_http->options();
    options.timeoutMs = qMax(1, profile.options.timeoutSeconds) * 1000;
    options.caFile = profile.options.caFile;
    options.insecureTls = profile.options.insecureTls;
    m_http->setOptions(options);
}
