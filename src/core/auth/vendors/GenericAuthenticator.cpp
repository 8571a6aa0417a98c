#include "GenericAuthenticator.h"

namespace {

TokenDelivery deliveryOf(GenericAuthenticator::Method method, const QMap<QString, QString> &fields)
{
    if (method == GenericAuthenticator::Method::Basic)
        return TokenDelivery::custom(QStringLiteral("Authorization"), QStringLiteral("Basic"));
    const QString header = fields.value(QStringLiteral("header")).trimmed();
    const bool authorization = header.isEmpty() || header.compare(QLatin1String("Authorization"),
                                                                  Qt::CaseInsensitive) == 0;
    // A scheme word belongs in Authorization; an API-key header carries the bare key.
    const QString prefix = fields.contains(QStringLiteral("prefix"))
                               ? fields.value(QStringLiteral("prefix")).trimmed()
                           : authorization ? QStringLiteral("Bearer")
                                           : QString();
    return TokenDelivery::custom(authorization ? QStringLiteral("Authorization") : header, prefix);
}

} // namespace

GenericAuthenticator::GenericAuthenticator(Method method, HttpClient *http,
                                           const Credentials &credentials, QObject *parent)
    : Authenticator(http, credentials, parent)
    , m_method(method)
{}

MethodDescriptor GenericAuthenticator::describe(Method method)
{
    MethodDescriptor d;
    d.vendor = QStringLiteral("generic");
    d.vendorName = tr("Generic API");
    d.vendorOrder = 3;
    d.icon = QStringLiteral(":/icons/vendor-generic.svg");
    d.baseUrlPlaceholder = QStringLiteral("https://api.example.com");
    d.tokenIsSecret = method == Method::Bearer;
    d.delivery = [method](const QMap<QString, QString> &fields) {
        return deliveryOf(method, fields);
    };
    const FieldSpec testPath{QStringLiteral("test_path"), tr("\"Who am I\" path"),
                             FieldSpec::Kind::Text, true, QStringLiteral("api/me")};
    switch (method) {
    case Method::Bearer:
        d.method = QStringLiteral("bearer");
        d.methodName = tr("Static token");
        d.fields = {
            {QStringLiteral("header"),
             tr("Header name"),
             FieldSpec::Kind::Text,
             true,
             QStringLiteral("Authorization"),
             {},
             QStringLiteral("Authorization")},
            {QStringLiteral("prefix"),
             tr("Scheme"),
             FieldSpec::Kind::Text,
             true,
             QStringLiteral("Bearer"),
             {},
             QStringLiteral("Bearer")},
            testPath,
            {QStringLiteral("token"), tr("Token"), FieldSpec::Kind::Secret},
        };
        break;
    case Method::Basic:
        d.method = QStringLiteral("basic");
        d.methodName = tr("HTTP Basic");
        d.fields = {
            {QStringLiteral("username"), tr("User name"), FieldSpec::Kind::Text},
            testPath,
            {QStringLiteral("password"), tr("Password"), FieldSpec::Kind::Secret},
        };
        break;
    }
    return d;
}

bool GenericAuthenticator::canLogInAgain() const
{
    switch (m_method) {
    case Method::Basic:
        return m_credentials.hasSecret(QStringLiteral("password"));
    case Method::Bearer:
        break;
    }
    return m_credentials.hasSecret(QStringLiteral("token"));
}

std::optional<Session> GenericAuthenticator::sessionFromSecrets() const
{
    if (m_method != Method::Bearer)
        return std::nullopt;
    const auto bearer =
        sessionFromTokenSecret(QStringLiteral("token"), Token::Source::Pasted, {}, tr("A token"));
    return bearer ? std::optional<Session>(bearer.value()) : std::nullopt;
}

void GenericAuthenticator::logIn()
{
    Session session;
    session.baseUrl = m_credentials.baseUrl;
    switch (m_method) {
    case Method::Bearer: {
        const auto bearer = sessionFromTokenSecret(QStringLiteral("token"), Token::Source::Pasted,
                                                   {}, tr("A token"));
        if (!bearer)
            return fail(bearer.error());
        finishLogin(bearer.value());
        return;
    }
    case Method::Basic: {
        const QString user = m_credentials.field(QStringLiteral("username"));
        if (user.isEmpty())
            return fail(missing(tr("A user name")));
        if (user.contains(QLatin1Char(':')))
            return fail(Error::make(Error::Kind::InvalidInput, QStringLiteral("basic.colon"),
                                    tr("HTTP Basic cannot carry a user name with a colon.")));
        const QByteArray pair =
            user.toUtf8() + ':' + m_credentials.secret(QStringLiteral("password")).toUtf8();
        session.token = Token::fromRaw(QString::fromLatin1(pair.toBase64()), Token::Source::Pasted,
                                       descriptor().deliveryFor(m_credentials.fields));
        session.facts.insert(QStringLiteral("username"), user);
        finishLogin(session);
        return;
    }
    }
}

void GenericAuthenticator::testToken()
{
    if (!m_session.isValid())
        return fail(Error::make(Error::Kind::Authentication, QStringLiteral("auth.no_session"),
                                tr("There is no token to test; log in first.")));
    const QString path = m_credentials.field(QStringLiteral("test_path")).trimmed();
    if (path.isEmpty())
        return fail(Error::make(Error::Kind::InvalidInput, QStringLiteral("generic.no_test_path"),
                                tr("Name a \"who am I\" path in the profile to test this token.")));
    testWithGet(url(path));
}
