#include "interop/RequestExport.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RequestExport)
};

using RequestExport::Auth;
using RequestExport::Options;
using RequestExport::shellQuote;
using RequestExport::TokenVariable;

// The credential, when it goes with this request at all.
std::optional<Auth> applicableAuth(const HttpRequest &request, const Options &options)
{
    if (!options.auth || !options.auth->origin.isValid() ||
        Origin::of(request.url) != options.auth->origin)
        return std::nullopt;
    return options.auth;
}

// What comes before the token in its header (or cookie) value: "Authorization: Bearer ",
// "ASP.NET_SessionId=". The token always ends the value, so the placeholder can follow it.
QString beforeToken(const TokenDelivery &delivery, bool asCookie)
{
    return asCookie ? delivery.headerValue(QString()) : delivery.headerLine(QString());
}

// The body as text when it is text: valid UTF-8 without NUL, which a shell argument can hold.
std::optional<QString> bodyText(const QByteArray &body)
{
    if (body.contains('\0'))
        return std::nullopt;
    const QString text = QString::fromUtf8(body);
    if (text.toUtf8() != body)
        return std::nullopt;
    return text;
}

QByteArray methodOf(const HttpRequest &request)
{
    return request.method.isEmpty() ? QByteArray("GET") : request.method.toUpper();
}

QString urlOf(const HttpRequest &request)
{
    return request.url.toString(QUrl::FullyEncoded);
}

// A shell word that expands $TOKEN: double quotes when the fixed part needs no escaping there
// (the common case, and easy to read), otherwise the fixed part single-quoted and joined to it.
QString placeholderWord(const QString &fixed)
{
    static const QString special = QStringLiteral("\"$`\\!");
    bool plain = true;
    for (const QChar c : fixed)
        plain = plain && !special.contains(c);
    const QString variable = QLatin1Char('$') + TokenVariable;
    if (plain)
        return QLatin1Char('"') + fixed + variable + QLatin1Char('"');
    return shellQuote(fixed) + QLatin1Char('"') + variable + QLatin1Char('"');
}

QString secretWord(const QString &fixed, const QString &secret)
{
    return secret.isEmpty() ? placeholderWord(fixed) : shellQuote(fixed + secret);
}

// A text cut where placeholders stand: (fixed text, empty) and (empty, variable) pieces.
QList<std::pair<QString, QString>> pieces(const QString &text, const Options &options)
{
    QList<std::pair<QString, QString>> out;
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype best = -1;
        const RequestExport::Placeholder *found = nullptr;
        for (const RequestExport::Placeholder &p : options.placeholders) {
            if (p.text.isEmpty())
                continue;
            const qsizetype at = text.indexOf(p.text, from);
            if (at >= 0 &&
                (best < 0 || at < best || (at == best && p.text.size() > found->text.size()))) {
                best = at;
                found = &p;
            }
        }
        if (!found) {
            out.append({text.mid(from), QString()});
            break;
        }
        if (best > from)
            out.append({text.mid(from, best - from), QString()});
        out.append({QString(), found->variable});
        from = best + found->text.size();
    }
    return out;
}

// A shell word for `text`, each placeholder in it a "$VARIABLE" that the shell expands.
QString shellWord(const QString &text, const Options &options)
{
    const auto parts = pieces(text, options);
    if (parts.size() <= 1 && (parts.isEmpty() || parts.first().second.isEmpty()))
        return shellQuote(text);
    QString word;
    for (const auto &[fixed, variable] : parts)
        word += variable.isEmpty() ? shellQuote(fixed)
                                   : QStringLiteral("\"$") + variable + QLatin1Char('"');
    return word;
}

// A Python expression for `text`, each placeholder in it read from os.environ.
QString pythonExpression(const QString &text, const Options &options, bool *usesEnvironment)
{
    const auto parts = pieces(text, options);
    if (parts.size() <= 1 && (parts.isEmpty() || parts.first().second.isEmpty()))
        return RequestExport::pythonString(text);
    QStringList terms;
    for (const auto &[fixed, variable] : parts) {
        if (variable.isEmpty()) {
            terms.append(RequestExport::pythonString(fixed));
        } else {
            terms.append(QStringLiteral("os.environ[") + RequestExport::pythonString(variable) +
                         QLatin1Char(']'));
            *usesEnvironment = true;
        }
    }
    return terms.join(QLatin1String(" + "));
}

// Bytes a shell cannot hold in an argument travel as base64 through `base64 -d`.
QString base64Pipe(const QByteArray &body)
{
    return QStringLiteral("printf %s ") + shellQuote(QString::fromLatin1(body.toBase64())) +
           QStringLiteral(" | base64 -d | ");
}

QString curlCommand(const HttpRequest &request, const Options &options)
{
    QString prefix;
    QStringList parts{QStringLiteral("curl")};
    const QByteArray method = methodOf(request);
    const bool hasBody = !request.body.isEmpty() || !options.bodyFile.isEmpty();
    // curl -X HEAD would wait for a body that never comes; --head does not.
    if (method == "HEAD" && !hasBody)
        parts << QStringLiteral("--head");
    else if (method != "GET" || hasBody)
        parts << QStringLiteral("-X") << QString::fromLatin1(method);
    const QString url = urlOf(request);
    parts << shellWord(url, options);
    // Unless told otherwise curl reads [1-3] and {a,b} in a URL as ranges and lists.
    if (url.contains(QLatin1Char('[')) || url.contains(QLatin1Char('{')))
        parts << QStringLiteral("--globoff");

    if (options.network)
        parts << RequestExport::curlNetworkOptions(*options.network, request.url);
    if (const auto auth = applicableAuth(request, options)) {
        const bool cookie = auth->delivery.kind == TokenDelivery::Kind::Cookie;
        parts << (cookie ? QStringLiteral("-b") : QStringLiteral("-H"))
              << secretWord(beforeToken(auth->delivery, cookie), auth->secret);
    }
    for (const auto &header : request.headers) {
        const QString name = QString::fromUtf8(header.first);
        const QString value = QString::fromUtf8(header.second);
        // "Name;" is curl's way of sending a header with an empty value.
        parts << QStringLiteral("-H")
              << shellWord(value.isEmpty() ? name + QLatin1Char(';')
                                           : name + QLatin1String(": ") + value,
                           options);
    }

    if (!options.bodyFile.isEmpty()) {
        parts << QStringLiteral("--data-binary") << QLatin1Char('@') + shellQuote(options.bodyFile);
    } else if (!request.body.isEmpty()) {
        if (const auto text = bodyText(request.body)) {
            parts << QStringLiteral("--data-raw") << shellWord(*text, options);
        } else {
            prefix = base64Pipe(request.body);
            parts << QStringLiteral("--data-binary") << QStringLiteral("@-");
        }
    }
    return prefix + parts.join(QLatin1Char(' '));
}

// HTTPie reads "Name:value" items and splits them at the first of : ; = @ := == (and more), so
// those characters in a name, and a value starting with = or @, are escaped with a backslash.
QString httpieName(const QString &name)
{
    QString escaped;
    for (const QChar c : name) {
        if (c == QLatin1Char(':') || c == QLatin1Char(';') || c == QLatin1Char('=') ||
            c == QLatin1Char('@') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

QString httpieValue(const QString &value)
{
    if (value.startsWith(QLatin1Char('=')) || value.startsWith(QLatin1Char('@')))
        return QLatin1Char('\\') + value;
    return value;
}

QString httpieCommand(const HttpRequest &request, const Options &options)
{
    QString prefix;
    QStringList parts{QStringLiteral("http")};
    std::optional<QString> text;
    if (options.bodyFile.isEmpty() && !request.body.isEmpty()) {
        text = bodyText(request.body);
        if (!text)
            prefix = base64Pipe(request.body);
    }
    // Without --ignore-stdin HTTPie would wait for a body on standard input in scripts.
    if (prefix.isEmpty())
        parts << QStringLiteral("--ignore-stdin");
    if (text)
        parts << QStringLiteral("--raw") << shellWord(*text, options);
    parts << QString::fromLatin1(methodOf(request)) << shellWord(urlOf(request), options);

    if (const auto auth = applicableAuth(request, options)) {
        const TokenDelivery &d = auth->delivery;
        const QString fixed =
            httpieName(d.headerName) + QLatin1Char(':') + httpieValue(d.headerValue(QString()));
        parts << secretWord(fixed, auth->secret);
    }
    for (const auto &header : request.headers) {
        const QString name = httpieName(QString::fromUtf8(header.first));
        const QString value = QString::fromUtf8(header.second);
        parts << shellWord(value.isEmpty() ? name + QLatin1Char(';')
                                           : name + QLatin1Char(':') + httpieValue(value),
                           options);
    }
    if (!options.bodyFile.isEmpty())
        parts << QLatin1Char('@') + shellQuote(options.bodyFile);
    return prefix + parts.join(QLatin1Char(' '));
}

QString pythonBytes(const QByteArray &bytes)
{
    QString out = QStringLiteral("b\"");
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\\' || c == '"') {
            out += QLatin1Char('\\');
            out += QLatin1Char(c);
        } else if (c == '\n')
            out += QLatin1String("\\n");
        else if (c == '\r')
            out += QLatin1String("\\r");
        else if (c == '\t')
            out += QLatin1String("\\t");
        else if (u >= 0x20 && u < 0x7f)
            out += QLatin1Char(c);
        else
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    return out + QLatin1Char('"');
}

QString pythonScript(const HttpRequest &request, const Options &options)
{
    using RequestExport::pythonString;
    const QString environ =
        QStringLiteral("os.environ[") + pythonString(TokenVariable) + QLatin1Char(']');
    bool usesEnvironment = false;
    const auto secretExpression = [&](const QString &fixed, const QString &secret) {
        if (!secret.isEmpty())
            return pythonString(fixed + secret);
        usesEnvironment = true;
        return fixed.isEmpty() ? environ : pythonString(fixed) + QLatin1String(" + ") + environ;
    };

    // A dict holds one value per name: repeated headers are joined as HTTP allows.
    struct Entry
    {
        QString name;
        QString expression; // a Python expression
        QStringList values; // plain values, joined when the expression is built
    };
    QList<Entry> headers;
    const auto find = [&](const QString &name) -> Entry * {
        for (Entry &e : headers) {
            if (e.name.compare(name, Qt::CaseInsensitive) == 0)
                return &e;
        }
        return nullptr;
    };
    for (const auto &header : request.headers) {
        const QString name = QString::fromUtf8(header.first);
        if (Entry *e = find(name))
            e->values.append(QString::fromUtf8(header.second));
        else
            headers.append({name, QString(), {QString::fromUtf8(header.second)}});
    }
    const auto joined = [](const Entry &e) {
        const bool cookie = e.name.compare(QLatin1String("Cookie"), Qt::CaseInsensitive) == 0;
        return e.values.join(cookie ? QStringLiteral("; ") : QStringLiteral(", "));
    };

    QString cookies;
    if (const auto auth = applicableAuth(request, options)) {
        const TokenDelivery &d = auth->delivery;
        if (d.kind == TokenDelivery::Kind::Cookie) {
            if (Entry *e = find(QStringLiteral("Cookie"))) {
                // An explicit Cookie header makes requests ignore cookies=: join the two.
                e->expression = secretExpression(
                    joined(*e) + QLatin1String("; ") + d.headerValue(QString()), auth->secret);
            } else {
                cookies = QStringLiteral("cookies = {") + pythonString(d.cookieName) +
                          QLatin1String(": ") + secretExpression(QString(), auth->secret) +
                          QStringLiteral("}\n");
            }
        } else {
            const QString expression = secretExpression(d.headerValue(QString()), auth->secret);
            if (Entry *e = find(d.headerName))
                e->expression = expression; // the credential wins, as HttpClient makes it
            else
                headers.prepend({d.headerName, expression, {}});
        }
    }

    // The imports come last: whether os is needed is known once every value is written.
    QString script;
    script += QStringLiteral("url = ") +
              pythonExpression(urlOf(request), options, &usesEnvironment) + QLatin1Char('\n');
    QStringList arguments{pythonString(QString::fromLatin1(methodOf(request))),
                          QStringLiteral("url")};
    if (!headers.isEmpty()) {
        script += QStringLiteral("headers = {\n");
        for (const Entry &e : std::as_const(headers)) {
            script +=
                QStringLiteral("    ") + pythonString(e.name) + QLatin1String(": ") +
                (e.expression.isEmpty() ? pythonExpression(joined(e), options, &usesEnvironment)
                                        : e.expression) +
                QStringLiteral(",\n");
        }
        script += QStringLiteral("}\n");
        arguments << QStringLiteral("headers=headers");
    }
    if (!cookies.isEmpty()) {
        script += cookies;
        arguments << QStringLiteral("cookies=cookies");
    }
    if (!options.bodyFile.isEmpty()) {
        script += QStringLiteral("with open(") + pythonString(options.bodyFile) +
                  QStringLiteral(", \"rb\") as body:\n    data = body.read()\n");
        arguments << QStringLiteral("data=data");
    } else if (!request.body.isEmpty()) {
        // A str body would go out as Latin-1: encode it, so the bytes are the ones shown.
        if (const auto text = bodyText(request.body)) {
            const bool before = usesEnvironment;
            usesEnvironment = false;
            QString expression = pythonExpression(*text, options, &usesEnvironment);
            if (usesEnvironment)
                expression = QLatin1Char('(') + expression + QLatin1Char(')');
            usesEnvironment = usesEnvironment || before;
            script +=
                QStringLiteral("data = ") + expression + QStringLiteral(".encode(\"utf-8\")\n");
        } else {
            script += QStringLiteral("data = ") + pythonBytes(request.body) + QLatin1Char('\n');
        }
        arguments << QStringLiteral("data=data");
    }
    script += QStringLiteral("\nresponse = requests.request(") +
              arguments.join(QLatin1String(", ")) + QStringLiteral(")\n");
    script += QStringLiteral("print(response.status_code)\nprint(response.text)\n");
    const QString imports = QLatin1String(usesEnvironment ? "import os\n\n" : "") +
                            QStringLiteral("import requests\n\n");
    return imports + script;
}

} // namespace

namespace RequestExport {

QString exportRequest(Format format, const HttpRequest &request, const Options &options)
{
    switch (format) {
    case Format::Curl:
        return curlCommand(request, options);
    case Format::HTTPie:
        return httpieCommand(request, options);
    case Format::PythonRequests:
        return pythonScript(request, options);
    }
    return {};
}

QString exportRequest(Format format, const HttpRequest &request,
                      const std::optional<TokenDelivery> &delivery, const QString &secretOrEmpty)
{
    Options options;
    if (delivery)
        options.auth = Auth{*delivery, request.credential.origin, secretOrEmpty};
    return exportRequest(format, request, options);
}

QStringList curlNetworkOptions(const NetworkSettings &network, const QUrl &url)
{
    QStringList words;
    const ProxySettings &proxy = network.proxy;
    switch (proxy.mode) {
    case ProxySettings::Mode::None:
        words << QStringLiteral("--noproxy") << shellQuote(QStringLiteral("*"));
        break;
    case ProxySettings::Mode::Manual:
        words << QStringLiteral("-x") << shellQuote(proxy.url.toString());
        if (!proxy.exclusions.isEmpty())
            words << QStringLiteral("--noproxy")
                  << shellQuote(proxy.exclusions.join(QLatin1Char(',')));
        break;
    case ProxySettings::Mode::Inherit:
    case ProxySettings::Mode::System:
        break; // curl reads the same variables
    }
    if (!proxy.user.isEmpty() && proxy.mode != ProxySettings::Mode::None)
        words << QStringLiteral("-U") << shellQuote(proxy.user); // curl asks for the password
    if (!network.caFile.isEmpty())
        words << (QFileInfo(network.caFile).isDir() ? QStringLiteral("--capath")
                                                    : QStringLiteral("--cacert"))
              << shellQuote(network.caFile);
    if (!network.clientCertificate.isEmpty() && Origin::of(url) == network.origin) {
        const QString suffix = QFileInfo(network.clientCertificate).suffix().toLower();
        if (suffix == QLatin1String("p12") || suffix == QLatin1String("pfx"))
            words << QStringLiteral("--cert-type") << QStringLiteral("P12");
        QString file = network.clientCertificate;
        file.replace(QLatin1Char(':'), QLatin1String("\\:")); // curl's "file:passphrase"
        words << QStringLiteral("-E") << shellQuote(file);
        if (!network.clientKey.isEmpty())
            words << QStringLiteral("--key") << shellQuote(network.clientKey);
    }
    return words;
}

QString environmentName(const QString &variableName)
{
    QString name;
    for (const QChar c : variableName) {
        const bool plain = c.unicode() < 128 && c.isLetterOrNumber();
        name += plain ? c.toUpper() : QLatin1Char('_');
    }
    if (name.isEmpty() || name.at(0).isDigit())
        name.prepend(QLatin1Char('_'));
    if (name == TokenVariable)
        name += QStringLiteral("_TYPED");
    return name;
}

const QList<Format> &formats()
{
    static const QList<Format> list{Format::Curl, Format::HTTPie, Format::PythonRequests};
    return list;
}

QString formatName(Format format)
{
    switch (format) {
    case Format::Curl:
        return QStringLiteral("curl");
    case Format::HTTPie:
        return QStringLiteral("HTTPie");
    case Format::PythonRequests:
        return Text::tr("Python (requests)");
    }
    return {};
}

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString pythonString(const QString &text)
{
    QString out = QStringLiteral("\"");
    const QList<uint> codePoints = text.toUcs4();
    for (const uint u : codePoints) {
        const char32_t cp = u;
        if (u == '\\' || u == '"') {
            out += QLatin1Char('\\');
            out += QChar(u);
        } else if (u == '\n')
            out += QLatin1String("\\n");
        else if (u == '\r')
            out += QLatin1String("\\r");
        else if (u == '\t')
            out += QLatin1String("\\t");
        else if (u < 0x20 || u == 0x7f)
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        else if (u < 0x80 || QChar::isPrint(char32_t(u)))
            out += QString::fromUcs4(&cp, 1);
        else if (u <= 0xffff)
            out += QStringLiteral("\\u%1").arg(u, 4, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\U%1").arg(u, 8, 16, QLatin1Char('0'));
    }
    return out + QLatin1Char('"');
}

} // namespace RequestExport
