#include "TestBrowser.h"

#include <QNetworkReply>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {

struct Page
{
    int status = 0;
    QByteArray body;
    QUrl location;
};

Page wait(QNetworkReply *reply)
{
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> owner(
        reply, [](QNetworkReply *r) { r->deleteLater(); });
    Page page;
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000)) {
        reply->abort();
        return page;
    }
    page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    page.body = reply->readAll();
    page.location = QUrl(QString::fromUtf8(reply->rawHeader("Location")));
    return page;
}

QNetworkRequest formRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return request;
}

} // namespace

TestBrowser::TestBrowser(QString username, QString password)
    : m_username(std::move(username))
    , m_password(std::move(password))
{}

bool TestBrowser::signIn(const QUrl &authorization, const QString &decision)
{
    m_lastPage.clear();
    const Page shown = wait(m_nam.get(QNetworkRequest(authorization)));
    if (shown.status != 200 || !shown.body.contains("<form"))
        return false;
    // The sign-in form carries the request's parameters along with what the person types.
    QUrlQuery form(authorization);
    form.addQueryItem(QStringLiteral("username"), m_username);
    form.addQueryItem(QStringLiteral("password"), m_password);
    form.addQueryItem(QStringLiteral("decision"), decision);
    QUrl post = authorization;
    post.setQuery(QString());
    const Page answered =
        wait(m_nam.post(formRequest(post), form.query(QUrl::FullyEncoded).toUtf8()));
    if (answered.status != 302 || answered.location.host() != QLatin1String("127.0.0.1"))
        return false;
    const Page back = wait(m_nam.get(QNetworkRequest(answered.location)));
    m_lastPage = back.body;
    return back.status == 200;
}

bool TestBrowser::enterCode(const QUrl &verification, const QString &userCode,
                            const QString &decision)
{
    const Page shown = wait(m_nam.get(QNetworkRequest(verification)));
    if (shown.status != 200 || !shown.body.contains("<form"))
        return false;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("user_code"), userCode);
    form.addQueryItem(QStringLiteral("username"), m_username);
    form.addQueryItem(QStringLiteral("password"), m_password);
    form.addQueryItem(QStringLiteral("decision"), decision);
    const Page answered =
        wait(m_nam.post(formRequest(verification), form.query(QUrl::FullyEncoded).toUtf8()));
    return answered.status >= 200 && answered.status < 400;
}
