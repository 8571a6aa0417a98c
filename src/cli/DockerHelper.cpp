#include "DockerHelper.h"

#include "CliContext.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

DockerHelper::DockerHelper(QIODevice &in, QIODevice &out, QIODevice &err)
    : m_in(in)
    , m_out(&out)
    , m_err(&err)
{}

int DockerHelper::failure(const QString &message)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_out << line << '\n';
    m_out.flush();
    return 1;
}

int DockerHelper::run(const QStringList &arguments)
{
    const QString verb = arguments.value(1);
    if (arguments.size() != 2) {
        return failure(tr("Usage: docker-credential-tokenbench <get|list|store|erase|version>"));
    }
    if (verb == QLatin1String("version")) {
        m_out << QStringLiteral("docker-credential-tokenbench (Tokenbench) %1\n")
                     .arg(QCoreApplication::applicationVersion());
        return 0;
    }
    const QByteArray input = m_in.readAll();
    // Docker hands a registry's user name and password over to be kept; Tokenbench keeps its
    // tokens itself and its profiles say which registry they serve, so there is nothing to keep
    // or to remove.
    if (verb == QLatin1String("store") || verb == QLatin1String("erase"))
        return 0;
    if (verb != QLatin1String("get") && verb != QLatin1String("list"))
        return failure(tr("Usage: docker-credential-tokenbench <get|list|store|erase|version>"));

    // Standard error is not Docker's: the session service's words go there only when a person
    // runs the helper by hand.
    CliContext context(m_in, m_err, m_err, qEnvironmentVariable("TOKENBENCH_CONFIG_DIR"), false);
    if (verb == QLatin1String("list")) {
        if (!context.loadProfiles())
            return failure(tr("The profiles cannot be read."));
        // Server and user name only: list never hands out a secret.
        QJsonObject servers;
        for (const Profile &p : context.profiles().profiles())
            servers.insert(p.baseUrl
                               .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath |
                                         QUrl::RemoveQuery | QUrl::RemoveFragment)
                               .toString(),
                           CliContext::userNameFor(p));
        m_out << QString::fromUtf8(QJsonDocument(servers).toJson(QJsonDocument::Compact)) << '\n';
        return 0;
    }

    const QString server = QString::fromUtf8(input).trimmed();
    // Docker names a registry by its host ("registry.example.com:5000") or by a URL.
    const bool hasScheme = server.contains(QLatin1String("://"));
    const QUrl url(hasScheme ? server : QStringLiteral("https://") + server);
    QString problem;
    const auto profile = context.profileServing(url, !hasScheme, &problem);
    if (!profile)
        return failure(problem.isEmpty() ? QString::fromLatin1(NotFound) : problem);
    const Result<Session> session = context.freshSession(*profile);
    if (!session)
        return failure(session.error().message);
    context.settle();
    const QJsonObject credentials{
        {QStringLiteral("ServerURL"), server},
        {QStringLiteral("Username"), CliContext::userNameFor(*profile)},
        {QStringLiteral("Secret"), session->token.raw()},
    };
    m_out << QString::fromUtf8(QJsonDocument(credentials).toJson(QJsonDocument::Compact)) << '\n';
    return 0;
}
