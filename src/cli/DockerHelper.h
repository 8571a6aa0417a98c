#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class QIODevice;

// docker-credential-tokenbench: the docker-credential-helpers protocol (get, list, store, erase)
// over the profiles. A registry's profile is the one whose base URL has its host; its token is
// the secret. Docker reads a failure's words from standard output.
class DockerHelper
{
    Q_DECLARE_TR_FUNCTIONS(DockerHelper)

public:
    DockerHelper(QIODevice &in, QIODevice &out, QIODevice &err);

    int run(const QStringList &arguments);

    // What docker-credential-helpers' clients recognise as "no credentials for this server".
    static constexpr const char *NotFound = "credentials not found in native keychain";

private:
    int failure(const QString &message);

    QIODevice &m_in;
    QTextStream m_out;
    QTextStream m_err;
};
