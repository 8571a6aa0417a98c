#pragma once

#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

// A person's browser at an OpenID provider's sign-in pages, for tests of the OAuth flows: it opens
// the authorization request, signs in with the form the page shows and follows the redirect back
// to the app's loopback listener; or it enters a device code. Plain HTTP, no client code of ours.
class TestBrowser
{
public:
    TestBrowser(QString username, QString password);

    // Opens `authorization`, answers its sign-in form with `decision` ("allow" or "deny") and
    // follows the redirect. True when every page answered as a browser expects.
    bool signIn(const QUrl &authorization, const QString &decision = QStringLiteral("allow"));
    // Enters `userCode` at `verification` (the device flow's page) with `decision`.
    bool enterCode(const QUrl &verification, const QString &userCode,
                   const QString &decision = QStringLiteral("allow"));
    // The loopback page's text after signIn(), as the person reads it.
    const QByteArray &lastPage() const { return m_lastPage; }

private:
    QNetworkAccessManager m_nam;
    QString m_username;
    QString m_password;
    QByteArray m_lastPage;
};
