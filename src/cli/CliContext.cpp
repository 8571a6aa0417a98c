#include "CliContext.h"
#include "AppPaths.h"

#include "CliPrompter.h"
#include "util/Redactor.h"

#include <QEventLoop>
#include <QIODevice>
#include <QSettings>

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#endif

namespace {

const QStringList SecretFields =
    QStringList{QStringLiteral("password"),      QStringLiteral("mfa"),
                QStringLiteral("token"),         QStringLiteral("api_key"),
                QStringLiteral("client_secret"), QStringLiteral("challenge")} +
    Profile::networkSecretFields();

AppServices::Options servicesOptions(const QString &configDir, bool noKeychain)
{
    // Every CLI entry (tokenbench-cli, the credential helpers, tokenbench-clipboard) comes here
    // first: a configuration folder of its own holds the run's preferences and caches too.
    if (!configDir.isEmpty())
        AppPaths::confineTo(configDir);
    else
        AppPaths::moveFromOldPlaces();
    AppServices::Options options;
    options.configDir = configDir;
    options.sessionOnly = noKeychain;
    // One command and gone: nothing to watch for (see ProfileStore::setWatching).
    options.watchProfiles = false;
    return options;
}

} // namespace

CliContext::CliContext(QIODevice &inDevice, QTextStream &outStream, QTextStream &errStream,
                       const QString &configDir, bool noKeychain)
    : in(inDevice)
    , out(outStream)
    , err(errStream)
    , m_services(std::make_unique<AppServices>(servicesOptions(configDir, noKeychain)))
    , m_prompter(std::make_unique<CliPrompter>(*this))
    , m_configDir(configDir)
    , m_noKeychain(noKeychain)
    , m_remembering(!noKeychain)
{
    // The app's own preferences (history retention, timeout) when it is the user's own setup;
    // a scratch configuration (--config-dir) keeps the defaults.
    if (configDir.isEmpty()) {
        const QSettings settings{QLatin1String(AppPaths::Name), QLatin1String(AppPaths::Name)};
        m_services->applySettings(AppSettings::load(settings));
    }
    SessionManager &sessions = m_services->sessions();
    sessions.setPrompter(m_prompter.get());
    sessions.setRemembering(!noKeychain);
    QObject::connect(&sessions, &SessionManager::problem, &sessions,
                     [this](const QUuid &, const Error &error) {
                         if (error.kind == Error::Kind::Keychain)
                             m_keychainProblems.append(error.message);
                     });
}

CliContext::~CliContext()
{
    m_services->sessions().setPrompter(nullptr);
}

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
    case Error::Kind::LoginRequired:
    case Error::Kind::Cancelled:
    // Only a login parses what a server says: an HTML page or broken JSON where a token was due.
    case Error::Kind::Parse:
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
    case Error::Kind::Io:
    case Error::Kind::Internal:
        return Usage;
    }
    return Usage;
}

bool CliContext::loadProfiles()
{
    if (!m_services->loadProblem().isEmpty())
        fail(Usage, m_services->loadProblem());
    return m_services->profilesUsable();
}

std::optional<Profile> CliContext::requireProfile(const QString &name, int &code)
{
    if (!loadProfiles()) {
        code = Usage;
        return std::nullopt;
    }
    auto found = profiles().find(name);
    if (!found)
        code = fail(Usage, tr("No profile named '%1'.").arg(name));
    return found;
}

int CliContext::takeSecretsFromStdin(const Profile &profile)
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
        return fail(Usage, tr("The secrets on standard input exceed 1 MiB."));
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
            return fail(Usage, tr("Line %1 of standard input is not field=value with a field "
                                  "of %2.")
                                   .arg(number)
                                   .arg(SecretFields.join(QLatin1String(", "))));
        }
        const QString value = QString::fromUtf8(line.mid(eq + 1));
        secrets.insert(field, value);
        Redactor::registerSecret(value);
    }
    m_services->sessions().provideSecrets(profile.id, secrets);
    return Ok;
}

void CliContext::setRemembering(bool remember)
{
    m_remembering = remember && !m_noKeychain;
    m_services->sessions().setRemembering(m_remembering);
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

void CliContext::runUntil(const std::function<void(std::function<void()>)> &start)
{
    QEventLoop loop;
    bool done = false;
    start([&done, &loop] {
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
}

void CliContext::settle()
{
    runUntil([this](std::function<void()> quit) {
        m_services->sessions().settle(&m_services->sessions(), quit);
    });
}

Result<Session> CliContext::freshSession(const Profile &profile)
{
    return wait<Result<Session>>([&](auto done) {
        m_services->sessions().freshSession(profile.id, &m_services->sessions(), done);
    });
}

namespace {

int effectivePort(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("http") ? 80 : 443);
}

// "/api" serves "/api" and "/api/x", not "/apix".
bool pathServes(const QString &base, const QString &path)
{
    QString prefix = base;
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    return prefix.isEmpty() || path == prefix || path.startsWith(prefix + QLatin1Char('/'));
}

} // namespace

std::optional<Profile> CliContext::profileServing(const QUrl &url, bool anyScheme, QString *problem)
{
    if (!loadProfiles() || url.host().isEmpty())
        return std::nullopt;
    QList<Profile> matches;
    qsizetype best = -2;
    for (const Profile &p : profiles().profiles()) {
        const QUrl &base = p.baseUrl;
        if (base.host().compare(url.host(), Qt::CaseInsensitive) != 0)
            continue;
        if (!anyScheme && base.scheme() != url.scheme())
            continue;
        if (effectivePort(base) !=
            (anyScheme && url.port() < 0 ? effectivePort(base) : effectivePort(url)))
            continue;
        // The host decides; a path only chooses between profiles of one host.
        const qsizetype length =
            pathServes(base.path(), url.path()) ? base.path().size() : qsizetype(-1);
        if (length > best) {
            best = length;
            matches = {p};
        } else if (length == best) {
            matches.append(p);
        }
    }
    if (matches.size() > 1) {
        QStringList names;
        for (const Profile &p : std::as_const(matches))
            names.append(p.name);
        if (problem)
            *problem = tr("Several profiles serve %1 (%2): name one with --profile.")
                           .arg(url.host(), names.join(QLatin1String(", ")));
        return std::nullopt;
    }
    if (matches.isEmpty())
        return std::nullopt;
    return matches.constFirst();
}

QString CliContext::userNameFor(const Profile &profile)
{
    const QString name = profile.fields.value(QStringLiteral("username"));
    return name.isEmpty() ? QStringLiteral("tokenbench") : name;
}
