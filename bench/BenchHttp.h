#pragma once

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace BenchSupport {

// A token endpoint's POST made by hand, the reference the authenticators are measured against:
// the form with the client's Basic credentials, the JSON answer parsed. Waits for the answer.
inline QJsonObject postTokenForm(QNetworkAccessManager &nam, const QUrl &url,
                                 const QByteArray &clientId, const QByteArray &clientSecret,
                                 const QByteArray &form)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Basic " + (clientId + ':' + clientSecret).toBase64());
    QNetworkReply *reply = nam.post(request, form);
    QEventLoop loop;
    QJsonObject answer;
    QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
        reply->deleteLater();
        answer = QJsonDocument::fromJson(reply->readAll()).object();
        loop.quit();
    });
    loop.exec();
    return answer;
}

} // namespace BenchSupport
