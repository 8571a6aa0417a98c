#include "interop/CurlImport.h"

#include "net/ProxySettings.h"
#include "util/Redactor.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CurlImport)
};

Error parseError(const QString &code, const QString &message)
{
    return Error::make(Error::Kind::Parse, code, message);
}

// ---- Splitting the command line into words -------------------------------------------------

struct Split
{
    QStringList words;
    QString rest;          // what followed an unquoted |, ;, & or >
    QStringList variables; // $NAME references a shell would have expanded
};

bool isNameStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

int hexValue(QChar c)
{
    const ushort u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

void appendCodePoint(QByteArray &word, char32_t code)
{
    word += QString::fromUcs4(&code, 1).toUtf8();
}

// Reads "$NAME" or "${NAME}" at `i` (on the '$'), keeping it as typed: a pasted command's
// variables have no values here, and the person should see that they were there.
qsizetype readVariable(const QString &text, qsizetype i, QByteArray &word, QStringList &variables)
{
    qsizetype j = i + 1;
    const bool braced = j < text.size() && text.at(j) == QLatin1Char('{');
    if (braced)
        ++j;
    const qsizetype nameStart = j;
    if (j < text.size() && isNameStart(text.at(j))) {
        while (j < text.size() && isNameChar(text.at(j)))
            ++j;
    }
    if (j == nameStart || (braced && (j >= text.size() || text.at(j) != QLatin1Char('}')))) {
        word += '$';
        return i + 1;
    }
    const QString name = text.mid(nameStart, j - nameStart);
    if (!variables.contains(name))
        variables.append(name);
    if (braced)
        ++j;
    word += text.mid(i, j - i).toUtf8();
    return j;
}

// $'...': the escapes of bash's ANSI-C quoting, which Chrome's "Copy as cURL (bash)" uses for
// bodies with line breaks or quotes. Returns the index after the closing quote, or -1.
qsizetype readAnsiC(const QString &text, qsizetype i, QByteArray &word)
{
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\'')) {
            return i + 1;
        }
        if (c != QLatin1Char('\\') || i + 1 >= text.size()) {
            word += QString(c).toUtf8();
            ++i;
            continue;
        }
        const QChar e = text.at(i + 1);
        i += 2;
        switch (e.unicode()) {
        case 'a':
            word += '\a';
            break;
        case 'b':
            word += '\b';
            break;
        case 'e':
        case 'E':
            word += '\x1b';
            break;
        case 'f':
            word += '\f';
            break;
        case 'n':
            word += '\n';
            break;
        case 'r':
            word += '\r';
            break;
        case 't':
            word += '\t';
            break;
        case 'v':
            word += '\v';
            break;
        case '\\':
        case '\'':
        case '"':
        case '?':
            word += char(e.unicode());
            break;
        case 'c':
            if (i < text.size()) {
                word += char(text.at(i).toUpper().unicode() & 0x1f);
                ++i;
            }
            break;
        case 'x':
        case 'u':
        case 'U': {
            const int maxDigits = e == QLatin1Char('x') ? 2 : e == QLatin1Char('u') ? 4 : 8;
            char32_t value = 0;
            int digits = 0;
            while (digits < maxDigits && i < text.size() && hexValue(text.at(i)) >= 0) {
                value = value * 16 + char32_t(hexValue(text.at(i)));
                ++i;
                ++digits;
            }
            if (digits == 0)
                word += '\\' + QString(e).toUtf8();
            else if (e == QLatin1Char('x'))
                word += char(value); // a byte: several make one UTF-8 character
            else
                appendCodePoint(word, value);
            break;
        }
        default:
            if (e.unicode() >= '0' && e.unicode() <= '7') {
                int value = e.unicode() - '0';
                for (int digits = 1; digits < 3 && i < text.size() && text.at(i).unicode() >= '0' &&
                                     text.at(i).unicode() <= '7';
                     ++digits, ++i)
                    value = value * 8 + (text.at(i).unicode() - '0');
                word += char(value & 0xff);
            } else {
                word += '\\' + QString(e).toUtf8();
            }
        }
    }
    return -1;
}

bool isLineBreak(const QString &text, qsizetype i, qsizetype *length)
{
    if (i < text.size() && text.at(i) == QLatin1Char('\n')) {
        *length = 1;
        return true;
    }
    if (i + 1 < text.size() && text.at(i) == QLatin1Char('\r') &&
        text.at(i + 1) == QLatin1Char('\n')) {
        *length = 2;
        return true;
    }
    return false;
}

Result<Split> splitPosix(const QString &text)
{
    Split split;
    QByteArray word;
    bool inWord = false;
    const auto finish = [&] {
        if (inWord)
            split.words.append(QString::fromUtf8(word));
        word.clear();
        inWord = false;
    };
    const auto unterminated = [] {
        return parseError(QStringLiteral("curl.unterminated_quote"),
                          Text::tr("A quote in the command is never closed."));
    };

    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        qsizetype breakLength = 0;
        if (c == QLatin1Char('\\')) {
            if (isLineBreak(text, i + 1, &breakLength)) {
                i += 1 + breakLength; // a continuation: the next line goes on with this one
            } else if (i + 1 < text.size()) {
                word += QString(text.at(i + 1)).toUtf8();
                inWord = true;
                i += 2;
            } else {
                ++i;
            }
        } else if (c.isSpace()) {
            finish();
            ++i;
        } else if (c == QLatin1Char('#') && !inWord) {
            while (i < text.size() && text.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('|') || c == QLatin1Char(';') || c == QLatin1Char('&') ||
                   c == QLatin1Char('>') || c == QLatin1Char('<')) {
            finish();
            split.rest = text.mid(i).trimmed();
            break;
        } else if (c == QLatin1Char('\'')) {
            const qsizetype close = text.indexOf(QLatin1Char('\''), i + 1);
            if (close < 0)
                return unterminated();
            word += text.mid(i + 1, close - i - 1).toUtf8();
            inWord = true;
            i = close + 1;
        } else if (c == QLatin1Char('$') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\'')) {
            inWord = true;
            i = readAnsiC(text, i + 2, word);
            if (i < 0)
                return unterminated();
        } else if (c == QLatin1Char('"') || (c == QLatin1Char('$') && i + 1 < text.size() &&
                                             text.at(i + 1) == QLatin1Char('"'))) {
            i += c == QLatin1Char('"') ? 1 : 2;
            inWord = true;
            bool closed = false;
            while (i < text.size()) {
                const QChar d = text.at(i);
                if (d == QLatin1Char('"')) {
                    closed = true;
                    ++i;
                    break;
                }
                if (d == QLatin1Char('\\') && i + 1 < text.size()) {
                    const QChar e = text.at(i + 1);
                    if (isLineBreak(text, i + 1, &breakLength)) {
                        i += 1 + breakLength;
                    } else if (e == QLatin1Char('"') || e == QLatin1Char('\\') ||
                               e == QLatin1Char('$') || e == QLatin1Char('`')) {
                        word += char(e.unicode());
                        i += 2;
                    } else {
                        word += '\\';
                        ++i;
                    }
                } else if (d == QLatin1Char('$')) {
                    i = readVariable(text, i, word, split.variables);
                } else {
                    word += QString(d).toUtf8();
                    ++i;
                }
            }
            if (!closed)
                return unterminated();
        } else if (c == QLatin1Char('$')) {
            inWord = true;
            i = readVariable(text, i, word, split.variables);
        } else {
            word += QString(c).toUtf8();
            inWord = true;
            ++i;
        }
    }
    finish();
    return split;
}

// Chrome's "Copy as cURL (cmd)": cmd.exe drops each ^ and keeps the character after it (a ^ at
// the end of a line joins the next line), then the C runtime splits the words on spaces outside
// double quotes, where \" is a literal quote.
Result<Split> splitCmd(const QString &text)
{
    QString unescaped;
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype breakLength = 0;
        if (text.at(i) != QLatin1Char('^')) {
            unescaped += text.at(i);
        } else if (isLineBreak(text, i + 1, &breakLength)) {
            i += breakLength;
            // Chrome writes a line break inside an argument as ^ and two line breaks.
            if (isLineBreak(text, i + 1, &breakLength)) {
                unescaped += QLatin1Char('\n');
                i += breakLength;
            }
        } else if (i + 1 < text.size()) {
            unescaped += text.at(++i);
        }
    }

    Split split;
    QString word;
    bool inWord = false;
    bool quoted = false;
    for (qsizetype i = 0; i < unescaped.size(); ++i) {
        const QChar c = unescaped.at(i);
        if (c == QLatin1Char('\\')) {
            qsizetype n = 0;
            while (i + n < unescaped.size() && unescaped.at(i + n) == QLatin1Char('\\'))
                ++n;
            const bool beforeQuote =
                i + n < unescaped.size() && unescaped.at(i + n) == QLatin1Char('"');
            word += QString(beforeQuote ? n / 2 : n, QLatin1Char('\\'));
            inWord = true;
            i += n - 1;
            if (beforeQuote && n % 2 == 1) {
                word += QLatin1Char('"');
                ++i;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = !quoted;
            inWord = true;
        } else if (!quoted && c.isSpace()) {
            if (inWord)
                split.words.append(word);
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (quoted)
        return parseError(QStringLiteral("curl.unterminated_quote"),
                          Text::tr("A quote in the command is never closed."));
    if (inWord)
        split.words.append(word);
    return split;
}

bool isCmdStyle(const QString &text)
{
    static const QRegularExpression caretBreak(QStringLiteral("\\^\\r?\\n"));
    return caretBreak.match(text).hasMatch() ||
           text.trimmed().startsWith(QLatin1String("curl ^\""));
}

// A shell prompt copied with the command ("$ curl ...") is not part of it.
QString withoutPrompt(const QString &text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1String("$ ")) || t.startsWith(QLatin1String("> ")))
        t = t.mid(2).trimmed();
    return t;
}

Result<Split> splitAll(const QString &commandLine)
{
    const QString text = withoutPrompt(commandLine);
    return isCmdStyle(text) ? splitCmd(text) : splitPosix(text);
}

bool isCurlWord(const QString &word)
{
    const QString lower = word.toLower();
    return lower == QLatin1String("curl") || lower == QLatin1String("curl.exe") ||
           lower.endsWith(QLatin1String("/curl")) || lower.endsWith(QLatin1String("\\curl.exe"));
}

// ---- The options ---------------------------------------------------------------------------

enum class Act
{
    Method,
    Header,
    Data,       // -d, --data-ascii: @file reads a file (curl drops its line breaks)
    DataRaw,    // no @ meaning
    DataBinary, // @file read as it is
    DataUrlencode,
    Json,
    Form,
    User,
    Cookie,
    Get,
    Url,
    UserAgent,
    Referer,
    Head,
    UploadFile,
    UrlQuery,
    OAuthBearer,
    Next,
    Network, // a profile setting: proxy, CA, client certificate
    Ignore
};

// Why an option is not in the draft. Each gets one sentence for people.
enum class Why
{
    None,
    Output,
    Redirects,
    Insecure,
    Compressed,
    Protocol,
    Transfer,
    Tls,
    Proxy,
    CookieJar,
    AuthScheme,
    Config,
    Netrc,
    Globbing,
    Unsupported
};

struct Option
{
    const char *longName;
    char shortName; // 0: none
    bool takesArgument;
    Act act;
    Why why;
    bool showArgument; // in the note; never for what may hold a password
};

const QList<Option> &options()
{
    using A = Act;
    using W = Why;
    static const QList<Option> table{
        {"request", 'X', true, A::Method, W::None, true},
        {"header", 'H', true, A::Header, W::None, true},
        {"data", 'd', true, A::Data, W::None, true},
        {"data-ascii", 0, true, A::Data, W::None, true},
        {"data-raw", 0, true, A::DataRaw, W::None, true},
        {"data-binary", 0, true, A::DataBinary, W::None, true},
        {"data-urlencode", 0, true, A::DataUrlencode, W::None, true},
        {"json", 0, true, A::Json, W::None, true},
        {"form", 'F', true, A::Form, W::None, false},
        {"form-string", 0, true, A::Form, W::None, false},
        {"user", 'u', true, A::User, W::None, false},
        {"cookie", 'b', true, A::Cookie, W::None, false},
        {"get", 'G', false, A::Get, W::None, false},
        {"url", 0, true, A::Url, W::None, true},
        {"user-agent", 'A', true, A::UserAgent, W::None, true},
        {"referer", 'e', true, A::Referer, W::None, true},
        {"head", 'I', false, A::Head, W::None, false},
        {"upload-file", 'T', true, A::UploadFile, W::None, true},
        {"url-query", 0, true, A::UrlQuery, W::None, true},
        {"oauth2-bearer", 0, true, A::OAuthBearer, W::None, false},
        {"next", ':', false, A::Next, W::None, false},

        {"silent", 's', false, A::Ignore, W::Output, false},
        {"show-error", 'S', false, A::Ignore, W::Output, false},
        {"verbose", 'v', false, A::Ignore, W::Output, false},
        {"include", 'i', false, A::Ignore, W::Output, false},
        {"progress-bar", '#', false, A::Ignore, W::Output, false},
        {"no-progress-meter", 0, false, A::Ignore, W::Output, false},
        {"no-buffer", 'N', false, A::Ignore, W::Output, false},
        {"remote-name", 'O', false, A::Ignore, W::Output, false},
        {"remote-name-all", 0, false, A::Ignore, W::Output, false},
        {"remote-header-name", 'J', false, A::Ignore, W::Output, false},
        {"remote-time", 'R', false, A::Ignore, W::Output, false},
        {"styled-output", 0, false, A::Ignore, W::Output, false},
        {"fail", 'f', false, A::Ignore, W::Output, false},
        {"fail-with-body", 0, false, A::Ignore, W::Output, false},
        {"fail-early", 0, false, A::Ignore, W::Output, false},
        {"create-dirs", 0, false, A::Ignore, W::Output, false},
        {"trace-time", 0, false, A::Ignore, W::Output, false},
        {"raw", 0, false, A::Ignore, W::Output, false},
        {"xattr", 0, false, A::Ignore, W::Output, false},
        {"output", 'o', true, A::Ignore, W::Output, true},
        {"output-dir", 0, true, A::Ignore, W::Output, true},
        {"write-out", 'w', true, A::Ignore, W::Output, true},
        {"dump-header", 'D', true, A::Ignore, W::Output, true},
        {"trace", 0, true, A::Ignore, W::Output, true},
        {"trace-ascii", 0, true, A::Ignore, W::Output, true},
        {"stderr", 0, true, A::Ignore, W::Output, true},
        {"create-file-mode", 0, true, A::Ignore, W::Output, true},
        {"etag-save", 0, true, A::Ignore, W::Output, true},
        {"etag-compare", 0, true, A::Ignore, W::Output, true},

        {"location", 'L', false, A::Ignore, W::Redirects, false},
        {"location-trusted", 0, false, A::Ignore, W::Redirects, false},
        {"post301", 0, false, A::Ignore, W::Redirects, false},
        {"post302", 0, false, A::Ignore, W::Redirects, false},
        {"post303", 0, false, A::Ignore, W::Redirects, false},
        {"max-redirs", 0, true, A::Ignore, W::Redirects, true},

        {"insecure", 'k', false, A::Ignore, W::Insecure, false},
        {"proxy-insecure", 0, false, A::Ignore, W::Insecure, false},
        {"doh-insecure", 0, false, A::Ignore, W::Insecure, false},

        {"compressed", 0, false, A::Ignore, W::Compressed, false},
        {"tr-encoding", 0, false, A::Ignore, W::Compressed, false},

        {"http0.9", 0, false, A::Ignore, W::Protocol, false},
        {"http1.0", '0', false, A::Ignore, W::Protocol, false},
        {"http1.1", 0, false, A::Ignore, W::Protocol, false},
        {"http2", 0, false, A::Ignore, W::Protocol, false},
        {"http2-prior-knowledge", 0, false, A::Ignore, W::Protocol, false},
        {"http3", 0, false, A::Ignore, W::Protocol, false},
        {"http3-only", 0, false, A::Ignore, W::Protocol, false},
        {"ipv4", '4', false, A::Ignore, W::Protocol, false},
        {"ipv6", '6', false, A::Ignore, W::Protocol, false},
        {"tlsv1", '1', false, A::Ignore, W::Protocol, false},
        {"tlsv1.0", 0, false, A::Ignore, W::Protocol, false},
        {"tlsv1.1", 0, false, A::Ignore, W::Protocol, false},
        {"tlsv1.2", 0, false, A::Ignore, W::Protocol, false},
        {"tlsv1.3", 0, false, A::Ignore, W::Protocol, false},
        {"sslv2", '2', false, A::Ignore, W::Protocol, false},
        {"sslv3", '3', false, A::Ignore, W::Protocol, false},
        {"tls-max", 0, true, A::Ignore, W::Protocol, true},
        {"path-as-is", 0, false, A::Ignore, W::Protocol, false},
        {"resolve", 0, true, A::Ignore, W::Protocol, true},
        {"connect-to", 0, true, A::Ignore, W::Protocol, true},
        {"interface", 0, true, A::Ignore, W::Protocol, true},
        {"local-port", 0, true, A::Ignore, W::Protocol, true},
        {"dns-servers", 0, true, A::Ignore, W::Protocol, true},
        {"doh-url", 0, true, A::Ignore, W::Protocol, true},
        {"unix-socket", 0, true, A::Ignore, W::Protocol, true},
        {"abstract-unix-socket", 0, true, A::Ignore, W::Protocol, true},
        {"request-target", 0, true, A::Ignore, W::Protocol, true},
        {"proto", 0, true, A::Ignore, W::Protocol, true},
        {"proto-redir", 0, true, A::Ignore, W::Protocol, true},
        {"proto-default", 0, true, A::Ignore, W::Protocol, true},
        {"alt-svc", 0, true, A::Ignore, W::Protocol, true},
        {"hsts", 0, true, A::Ignore, W::Protocol, true},
        {"haproxy-protocol", 0, false, A::Ignore, W::Protocol, false},

        {"max-time", 'm', true, A::Ignore, W::Transfer, true},
        {"connect-timeout", 0, true, A::Ignore, W::Transfer, true},
        {"retry", 0, true, A::Ignore, W::Transfer, true},
        {"retry-delay", 0, true, A::Ignore, W::Transfer, true},
        {"retry-max-time", 0, true, A::Ignore, W::Transfer, true},
        {"retry-connrefused", 0, false, A::Ignore, W::Transfer, false},
        {"retry-all-errors", 0, false, A::Ignore, W::Transfer, false},
        {"keepalive-time", 0, true, A::Ignore, W::Transfer, true},
        {"no-keepalive", 0, false, A::Ignore, W::Transfer, false},
        {"expect100-timeout", 0, true, A::Ignore, W::Transfer, true},
        {"speed-limit", 'Y', true, A::Ignore, W::Transfer, true},
        {"speed-time", 'y', true, A::Ignore, W::Transfer, true},
        {"limit-rate", 0, true, A::Ignore, W::Transfer, true},
        {"happy-eyeballs-timeout-ms", 0, true, A::Ignore, W::Transfer, true},
        {"tcp-nodelay", 0, false, A::Ignore, W::Transfer, false},
        {"tcp-fastopen", 0, false, A::Ignore, W::Transfer, false},
        {"parallel", 'Z', false, A::Ignore, W::Transfer, false},
        {"parallel-max", 0, true, A::Ignore, W::Transfer, true},
        {"parallel-immediate", 0, false, A::Ignore, W::Transfer, false},
        {"rate", 0, true, A::Ignore, W::Transfer, true},
        {"max-filesize", 0, true, A::Ignore, W::Transfer, true},

        {"cacert", 0, true, A::Network, W::Tls, true},
        {"capath", 0, true, A::Network, W::Tls, true},
        {"cert", 'E', true, A::Network, W::Tls, false},
        {"cert-type", 0, true, A::Network, W::Tls, true},
        {"key", 0, true, A::Network, W::Tls, false},
        {"key-type", 0, true, A::Ignore, W::Tls, true},
        {"pass", 0, true, A::Network, W::Tls, false},
        {"ciphers", 0, true, A::Ignore, W::Tls, true},
        {"tls13-ciphers", 0, true, A::Ignore, W::Tls, true},
        {"curves", 0, true, A::Ignore, W::Tls, true},
        {"pinnedpubkey", 0, true, A::Ignore, W::Tls, true},
        {"crlfile", 0, true, A::Ignore, W::Tls, true},
        {"cert-status", 0, false, A::Ignore, W::Tls, false},
        {"ssl-no-revoke", 0, false, A::Ignore, W::Tls, false},
        {"ssl-reqd", 0, false, A::Ignore, W::Tls, false},
        {"ssl", 0, false, A::Ignore, W::Tls, false},

        {"proxy", 'x', true, A::Network, W::Proxy, false},
        {"proxy-user", 'U', true, A::Network, W::Proxy, false},
        {"preproxy", 0, true, A::Ignore, W::Proxy, false},
        {"proxy-header", 0, true, A::Ignore, W::Proxy, false},
        {"noproxy", 0, true, A::Network, W::Proxy, true},
        {"socks4", 0, true, A::Ignore, W::Proxy, false},
        {"socks4a", 0, true, A::Ignore, W::Proxy, false},
        {"socks5", 0, true, A::Network, W::Proxy, false},
        {"socks5-hostname", 0, true, A::Network, W::Proxy, false},
        {"proxytunnel", 'p', false, A::Ignore, W::Proxy, false},
        {"proxy-basic", 0, false, A::Ignore, W::Proxy, false},
        {"proxy-digest", 0, false, A::Ignore, W::Proxy, false},
        {"proxy-ntlm", 0, false, A::Ignore, W::Proxy, false},
        {"proxy-negotiate", 0, false, A::Ignore, W::Proxy, false},
        {"proxy-anyauth", 0, false, A::Ignore, W::Proxy, false},
        {"proxy-cacert", 0, true, A::Ignore, W::Proxy, false},

        {"cookie-jar", 'c', true, A::Ignore, W::CookieJar, true},
        {"junk-session-cookies", 'j', false, A::Ignore, W::CookieJar, false},

        {"basic", 0, false, A::Ignore, W::AuthScheme, false},
        {"digest", 0, false, A::Ignore, W::AuthScheme, false},
        {"ntlm", 0, false, A::Ignore, W::AuthScheme, false},
        {"ntlm-wb", 0, false, A::Ignore, W::AuthScheme, false},
        {"negotiate", 0, false, A::Ignore, W::AuthScheme, false},
        {"anyauth", 0, false, A::Ignore, W::AuthScheme, false},
        {"aws-sigv4", 0, true, A::Ignore, W::AuthScheme, true},
        {"delegation", 0, true, A::Ignore, W::AuthScheme, true},
        {"service-name", 0, true, A::Ignore, W::AuthScheme, true},
        {"sasl-authzid", 0, true, A::Ignore, W::AuthScheme, true},
        {"sasl-ir", 0, false, A::Ignore, W::AuthScheme, false},
        {"login-options", 0, true, A::Ignore, W::AuthScheme, false},

        {"config", 'K', true, A::Ignore, W::Config, true},
        {"disable", 'q', false, A::Ignore, W::Config, false},
        {"variable", 0, true, A::Ignore, W::Config, false},
        {"netrc", 'n', false, A::Ignore, W::Netrc, false},
        {"netrc-optional", 0, false, A::Ignore, W::Netrc, false},
        {"netrc-file", 0, true, A::Ignore, W::Netrc, true},

        {"globoff", 'g', false, A::Ignore, W::Globbing, false},

        {"range", 'r', true, A::Ignore, W::Unsupported, true},
        {"continue-at", 'C', true, A::Ignore, W::Unsupported, true},
        {"time-cond", 'z', true, A::Ignore, W::Unsupported, true},
        {"ignore-content-length", 0, false, A::Ignore, W::Unsupported, false},
        {"crlf", 0, false, A::Ignore, W::Unsupported, false},
        {"use-ascii", 'B', false, A::Ignore, W::Unsupported, false},
        {"list-only", 'l', false, A::Ignore, W::Unsupported, false},
        {"append", 'a', false, A::Ignore, W::Unsupported, false},
        {"quote", 'Q', true, A::Ignore, W::Unsupported, false},
        {"ftp-port", 'P', true, A::Ignore, W::Unsupported, true},
        {"telnet-option", 't', true, A::Ignore, W::Unsupported, true},
        {"mail-from", 0, true, A::Ignore, W::Unsupported, true},
        {"mail-rcpt", 0, true, A::Ignore, W::Unsupported, true},
        {"manual", 'M', false, A::Ignore, W::Unsupported, false},
        {"help", 'h', true, A::Ignore, W::Unsupported, true},
        {"version", 'V', false, A::Ignore, W::Unsupported, false},
    };
    return table;
}

const Option *findLong(const QString &name)
{
    for (const Option &o : options()) {
        if (name == QLatin1String(o.longName))
            return &o;
    }
    return nullptr;
}

const Option *findShort(QChar letter)
{
    for (const Option &o : options()) {
        if (o.shortName != 0 && letter == QLatin1Char(o.shortName))
            return &o;
    }
    return nullptr;
}

QString reason(Why why)
{
    switch (why) {
    case Why::None:
        return {};
    case Why::Output:
        return Text::tr("ignored: it only changes what curl prints or saves");
    case Why::Redirects:
        return Text::tr("ignored: Tokenbench follows redirects itself and drops credentials when "
                        "the origin changes");
    case Why::Insecure:
        return Text::tr("not carried over: accepting any certificate is a profile setting");
    case Why::Compressed:
        return Text::tr("ignored: Tokenbench always accepts compressed responses");
    case Why::Protocol:
        return Text::tr("ignored: Tokenbench chooses the protocol and connection itself");
    case Why::Transfer:
        return Text::tr("ignored: timeouts, retries and speed limits are Tokenbench settings");
    case Why::Tls:
        return Text::tr("not carried over: certificates and TLS settings belong to the profile");
    case Why::Proxy:
        return Text::tr("not carried over: a proxy is not part of a request");
    case Why::CookieJar:
        return Text::tr("ignored: the profile's session keeps its cookies");
    case Why::AuthScheme:
        return Text::tr("not carried over: only HTTP Basic from -u is imported; a profile can "
                        "hold other kinds of login");
    case Why::Config:
        return Text::tr("not carried over: options from a curl config file cannot be read");
    case Why::Netrc:
        return Text::tr("not carried over: .netrc passwords are not read; a profile can hold "
                        "them in the keychain");
    case Why::Globbing:
        return Text::tr("ignored: Tokenbench never expands {} and [] in URLs");
    case Why::Unsupported:
        return Text::tr("not carried over: the composer does not support it");
    }
    return {};
}

QString note(const QString &what, const QString &why)
{
    return Text::tr("%1 (%2)").arg(what, why);
}

// ---- Building the draft --------------------------------------------------------------------

// The value of a credential header that only stands for the token: $TOKEN, ${TOKEN},
// <YOUR-TOKEN>, [access_token], {token}. The profile's credential takes its place when sent.
bool isPlaceholder(const QString &value)
{
    static const QRegularExpression placeholder(QStringLiteral(
        "^(?:[A-Za-z][A-Za-z0-9._-]*[ =])?(?:\\$[A-Za-z_][A-Za-z0-9_]*|\\$\\{[A-Za-z_][A-Za-z0-9_]*"
        "\\}|<[^<>]+>|\\[[^\\[\\]]+\\]|\\{\\{?[^{}]+\\}?\\})$"));
    return placeholder.match(value.trimmed()).hasMatch();
}

bool hasShellVariable(const QString &text)
{
    static const QRegularExpression variable(
        QStringLiteral("\\$(?:[A-Za-z_][A-Za-z0-9_]*|\\{[A-Za-z_][A-Za-z0-9_]*\\})"));
    return variable.match(text).hasMatch();
}

// curl_easy_escape: everything but the unreserved characters, space as %20.
QString curlEscape(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

bool validPercentEscapes(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('%'))
            continue;
        if (i + 2 >= text.size() || hexValue(text.at(i + 1)) < 0 || hexValue(text.at(i + 2)) < 0)
            return false;
        i += 2;
    }
    return true;
}

// a=1&b=two%20words as rows, when every piece is a name=value pair that decodes to text.
std::optional<QList<KeyValueRow>> formRows(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    QList<KeyValueRow> rows;
    const QStringList pieces = text.split(QLatin1Char('&'));
    for (const QString &piece : pieces) {
        if (piece.isEmpty())
            continue;
        const qsizetype eq = piece.indexOf(QLatin1Char('='));
        if (eq <= 0 || !validPercentEscapes(piece))
            return std::nullopt;
        KeyValueRow row;
        for (QString *part : {&row.name, &row.value}) {
            QString encoded = part == &row.name ? piece.left(eq) : piece.mid(eq + 1);
            encoded.replace(QLatin1Char('+'), QLatin1Char(' '));
            const QByteArray bytes = QByteArray::fromPercentEncoding(encoded.toUtf8());
            *part = QString::fromUtf8(bytes);
            if (part->toUtf8() != bytes)
                return std::nullopt;
        }
        rows.append(row);
    }
    if (rows.isEmpty())
        return std::nullopt;
    return rows;
}

bool isJsonDocument(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    return error.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray());
}

struct DataPart
{
    QString text;
    QString file; // set: the content of this file
    bool json = false;
    bool fromStdin = false; // not in the draft, but curl would still have sent data
};

class Importer
{
public:
    Result<CurlImport::Imported> run(const Split &split);

private:
    void apply(const Option &option, const QString &shown, const QString &argument);
    void addHeader(const QString &shown, const QString &argument);
    void addData(const Option &option, const QString &shown, const QString &argument);
    void addCredentialHeader(const QString &shown, const QString &name, const QString &value);
    void addNetwork(const Option &option, const QString &shown, const QString &argument);
    void unmapped(const QString &what, const QString &why)
    {
        m_out.unmapped.append(note(what, why));
    }
    void finishUrl();
    void finishBody();

    CurlImport::Imported m_out;
    std::optional<QString> m_method;
    bool m_get = false;
    bool m_head = false;
    bool m_stop = false;
    bool m_multipart = false; // -F: not in the draft, but curl would POST
    QStringList m_urls;
    QList<DataPart> m_data;
    QStringList m_query; // --url-query and -G data, already encoded
    QStringList m_cookies;
    QString m_uploadFile;
};

QString shownWithArgument(const Option &option, const QString &shown, const QString &argument)
{
    if (!option.takesArgument || !option.showArgument)
        return shown;
    return shown + QLatin1Char(' ') + argument;
}

void Importer::apply(const Option &option, const QString &shown, const QString &argument)
{
    switch (option.act) {
    case Act::Method:
        m_method = argument.trimmed().toUpper();
        break;
    case Act::Header:
        addHeader(shown, argument);
        break;
    case Act::Data:
    case Act::DataRaw:
    case Act::DataBinary:
    case Act::DataUrlencode:
    case Act::Json:
        addData(option, shown, argument);
        break;
    case Act::Form:
        m_multipart = true;
        unmapped(shown + QLatin1Char(' ') + argument.section(QLatin1Char('='), 0, 0),
                 Text::tr("not carried over: multipart form bodies are not supported"));
        break;
    case Act::User: {
        const qsizetype colon = argument.indexOf(QLatin1Char(':'));
        const QString user = colon < 0 ? argument : argument.left(colon);
        if (colon < 0) {
            unmapped(shown + QLatin1Char(' ') + user,
                     Text::tr("not carried over: without a password curl would ask for one; a "
                              "profile can hold it"));
        } else if (hasShellVariable(argument)) {
            unmapped(shown + QLatin1Char(' ') + user,
                     Text::tr("not carried over: it uses shell variables; a profile can hold "
                              "the user name and password"));
        } else {
            addCredentialHeader(shown, QStringLiteral("Authorization"),
                                QStringLiteral("Basic ") +
                                    QString::fromLatin1(argument.toUtf8().toBase64()));
            m_out.notes.append(
                Text::tr("The user name and password from %1 are in an Authorization header and "
                         "will be sent as typed; a profile can keep them in the keychain instead.")
                    .arg(shown));
        }
        break;
    }
    case Act::Cookie:
        if (!argument.contains(QLatin1Char('=')))
            unmapped(shown + QLatin1Char(' ') + argument,
                     Text::tr("not carried over: cookies from a file cannot be read"));
        else if (isPlaceholder(argument))
            unmapped(shown + QLatin1Char(' ') + argument,
                     Text::tr("not carried over: a placeholder for the session; the profile's "
                              "credential is attached when the request is sent"));
        else
            m_cookies.append(argument.trimmed());
        break;
    case Act::Get:
        m_get = true;
        break;
    case Act::Url:
        m_urls.append(argument);
        break;
    case Act::UserAgent:
        m_out.draft.headers.append({QStringLiteral("User-Agent"), argument, true});
        break;
    case Act::Referer: {
        QString referer = argument;
        if (referer.endsWith(QLatin1String(";auto")))
            referer.chop(5);
        if (referer.isEmpty())
            unmapped(shown + QLatin1Char(' ') + argument,
                     Text::tr("ignored: Tokenbench does not set Referer on redirects"));
        else
            m_out.draft.headers.append({QStringLiteral("Referer"), referer, true});
        break;
    }
    case Act::Head:
        m_head = true;
        break;
    case Act::UploadFile:
        if (argument == QLatin1String("-") || argument == QLatin1String("."))
            unmapped(shown + QLatin1Char(' ') + argument,
                     Text::tr("not carried over: the body comes from standard input"));
        else
            m_uploadFile = argument;
        break;
    case Act::UrlQuery:
        addData(option, shown, argument);
        break;
    case Act::OAuthBearer:
        addCredentialHeader(shown, QStringLiteral("Authorization"),
                            QStringLiteral("Bearer ") + argument);
        break;
    case Act::Next:
        unmapped(shown, Text::tr("not carried over: only the first request is imported"));
        m_stop = true;
        break;
    case Act::Network:
        addNetwork(option, shown, argument);
        break;
    case Act::Ignore:
        unmapped(shownWithArgument(option, shown, argument), reason(option.why));
        break;
    }
}

// Proxy, CA and certificate options become profile settings; what holds a password keeps only
// the rest, and says so.
void Importer::addNetwork(const Option &option, const QString &shown, const QString &argument)
{
    const QString name = QString::fromLatin1(option.longName);
    auto &net = m_out.network;
    const auto passwordDropped = [this, &shown](const QString &what) {
        m_out.notes.append(Text::tr("%1: the %2 is not kept; Tokenbench asks for it when it is "
                                    "needed and keeps it in the keychain.")
                               .arg(shown, what));
    };
    if (name == QLatin1String("proxy") || name == QLatin1String("socks5") ||
        name == QLatin1String("socks5-hostname")) {
        QString text = argument.trimmed();
        if (name != QLatin1String("proxy") && !text.contains(QLatin1String("://")))
            text.prepend(QStringLiteral("socks5://"));
        QUrl url(text.contains(QLatin1String("://")) ? text : QStringLiteral("http://") + text);
        if (!url.userName().isEmpty())
            net.insert(QStringLiteral("proxy_user"), url.userName());
        if (!url.password().isEmpty())
            passwordDropped(Text::tr("proxy password"));
        url.setUserInfo(QString());
        const auto proxy = ProxySettings::parse(url.toString());
        if (!proxy) {
            unmapped(shown, proxy.error().message);
            return;
        }
        net.insert(QStringLiteral("proxy"), proxy->toString());
    } else if (name == QLatin1String("proxy-user")) {
        const qsizetype colon = argument.indexOf(QLatin1Char(':'));
        net.insert(QStringLiteral("proxy_user"), colon < 0 ? argument : argument.left(colon));
        if (colon >= 0 && colon + 1 < argument.size())
            passwordDropped(Text::tr("proxy password"));
    } else if (name == QLatin1String("noproxy")) {
        net.insert(QStringLiteral("no_proxy"),
                   ProxySettings::parseExclusions(argument).join(QLatin1Char(',')));
    } else if (name == QLatin1String("cacert") || name == QLatin1String("capath")) {
        net.insert(QStringLiteral("ca_file"), argument);
    } else if (name == QLatin1String("cert")) {
        // curl's "file:passphrase" (a colon escaped with a backslash belongs to the name).
        QString file;
        bool passphrase = false;
        for (qsizetype i = 0; i < argument.size(); ++i) {
            const QChar c = argument.at(i);
            if (c == QLatin1Char('\\') && i + 1 < argument.size() &&
                argument.at(i + 1) == QLatin1Char(':')) {
                file += QLatin1Char(':');
                ++i;
            } else if (c == QLatin1Char(':') && !(i == 1 && argument.size() > 2 &&
                                                  (argument.at(2) == QLatin1Char('\\') ||
                                                   argument.at(2) == QLatin1Char('/')))) {
                passphrase = i + 1 < argument.size();
                break;
            } else {
                file += c;
            }
        }
        net.insert(QStringLiteral("client_cert"), file);
        if (passphrase)
            passwordDropped(Text::tr("certificate passphrase"));
    } else if (name == QLatin1String("key")) {
        net.insert(QStringLiteral("client_key"), argument);
    } else if (name == QLatin1String("pass")) {
        passwordDropped(Text::tr("key passphrase"));
    } else if (name == QLatin1String("cert-type")) {
        const QString type = argument.trimmed().toUpper();
        if (type != QLatin1String("P12") && type != QLatin1String("PEM"))
            unmapped(shownWithArgument(option, shown, argument),
                     Text::tr("not carried over: only PEM and PKCS#12 (P12) certificates"));
        // PEM and PKCS#12 are told apart by their content.
    }
}

void Importer::addCredentialHeader(const QString &shown, const QString &name, const QString &value)
{
    if (isPlaceholder(value)) {
        unmapped(shown + QLatin1Char(' ') + name + QLatin1String(": ") + value.trimmed(),
                 Text::tr("not carried over: a placeholder for the token; the profile's "
                          "credential is attached when the request is sent"));
        return;
    }
    m_out.draft.headers.append({name, value, true});
}

void Importer::addHeader(const QString &shown, const QString &argument)
{
    if (argument.startsWith(QLatin1Char('@'))) {
        unmapped(shown + QLatin1Char(' ') + argument,
                 Text::tr("not carried over: headers from a file cannot be read"));
        return;
    }
    const qsizetype colon = argument.indexOf(QLatin1Char(':'));
    const qsizetype semicolon = argument.indexOf(QLatin1Char(';'));
    if (colon > 0 && (semicolon < 0 || colon < semicolon)) {
        const QString name = argument.left(colon).trimmed();
        const QString value = argument.mid(colon + 1).trimmed();
        if (value.isEmpty()) {
            unmapped(shown + QLatin1Char(' ') + argument,
                     Text::tr("not carried over: it removes a header curl would add itself"));
        } else if (Redactor::isSecretHeader(name.toLatin1())) {
            addCredentialHeader(shown, name, value);
        } else {
            m_out.draft.headers.append({name, value, true});
        }
    } else if (semicolon > 0 && argument.mid(semicolon + 1).trimmed().isEmpty()) {
        // curl's way of sending a header with no value.
        m_out.draft.headers.append({argument.left(semicolon).trimmed(), QString(), true});
    } else {
        unmapped(shown + QLatin1Char(' ') + argument.left(40),
                 Text::tr("not carried over: it is not a \"Name: value\" header"));
    }
}

void Importer::addData(const Option &option, const QString &shown, const QString &argument)
{
    const bool toQuery = option.act == Act::UrlQuery;
    DataPart part;
    switch (option.act) {
    case Act::Data:
    case Act::DataBinary:
    case Act::Json:
        if (argument.startsWith(QLatin1Char('@'))) {
            const QString file = argument.mid(1);
            if (file == QLatin1String("-")) {
                unmapped(shown + QLatin1Char(' ') + argument,
                         Text::tr("not carried over: the body comes from standard input"));
                part.fromStdin = true;
                m_data.append(part);
                return;
            }
            part.file = file;
            if (option.act == Act::Data)
                m_out.notes.append(Text::tr("curl %1 would remove the line breaks of %2; "
                                            "Tokenbench sends the file as it is.")
                                       .arg(shown, file));
        } else {
            part.text = argument;
        }
        part.json = option.act == Act::Json;
        break;
    case Act::DataRaw:
        part.text = argument;
        break;
    case Act::DataUrlencode:
    case Act::UrlQuery: {
        // curl's forms: content, =content, name=content, @file, name@file.
        const qsizetype eq = argument.indexOf(QLatin1Char('='));
        const qsizetype at = argument.indexOf(QLatin1Char('@'));
        if (at >= 0 && (eq < 0 || at < eq)) {
            unmapped(shown + QLatin1Char(' ') + argument,
                     Text::tr("not carried over: the value comes from a file"));
            return;
        }
        if (eq < 0)
            part.text = curlEscape(argument);
        else if (eq == 0)
            part.text = curlEscape(argument.mid(1));
        else
            part.text = argument.left(eq) + QLatin1Char('=') + curlEscape(argument.mid(eq + 1));
        if (toQuery) {
            m_query.append(part.text);
            return;
        }
        break;
    }
    default:
        break;
    }
    m_data.append(part);
}

void Importer::finishUrl()
{
    QString url = m_urls.value(0).trimmed();
    for (qsizetype i = 1; i < m_urls.size(); ++i)
        unmapped(m_urls.at(i), Text::tr("not carried over: only the first URL is imported"));
    if (!url.contains(QLatin1String("://"))) {
        m_out.notes.append(
            Text::tr("%1 has no scheme: it is taken as http://, as curl does.").arg(url));
        url.prepend(QLatin1String("http://"));
    }
    if (!m_query.isEmpty()) {
        QString fragment;
        const qsizetype hash = url.indexOf(QLatin1Char('#'));
        if (hash >= 0) {
            fragment = url.mid(hash);
            url.truncate(hash);
        }
        if (!url.contains(QLatin1Char('?')))
            url += QLatin1Char('?');
        else if (!url.endsWith(QLatin1Char('?')) && !url.endsWith(QLatin1Char('&')))
            url += QLatin1Char('&');
        url += m_query.join(QLatin1Char('&')) + fragment;
    }
    m_out.draft.url = url;
}

void Importer::finishBody()
{
    RequestDraft &d = m_out.draft;
    if (!m_uploadFile.isEmpty()) {
        if (m_data.isEmpty()) {
            d.bodyKind = RequestDraft::BodyKind::File;
            d.bodyFilePath = m_uploadFile;
            if (const auto type = d.header(QStringLiteral("Content-Type")))
                d.fileContentType = *type;
            return;
        }
        unmapped(QStringLiteral("-T ") + m_uploadFile,
                 Text::tr("not carried over: a file cannot be combined with other data"));
    }
    if (m_data.isEmpty())
        return;

    QStringList texts;
    QString file;
    bool json = false;
    for (const DataPart &part : std::as_const(m_data)) {
        json = json || part.json;
        if (part.fromStdin)
            continue;
        if (!part.file.isEmpty()) {
            if (m_data.size() == 1 && !m_get)
                file = part.file;
            else
                unmapped(QLatin1Char('@') + part.file,
                         Text::tr("not carried over: a file cannot be combined with other data"));
        } else {
            texts.append(part.text);
        }
    }
    if (json && !d.header(QStringLiteral("Accept")))
        d.headers.append({QStringLiteral("Accept"), QStringLiteral("application/json"), true});
    const QString contentType = d.header(QStringLiteral("Content-Type")).value_or(QString());

    if (!file.isEmpty()) {
        d.bodyKind = RequestDraft::BodyKind::File;
        d.bodyFilePath = file;
        d.fileContentType = !contentType.isEmpty() ? contentType
                            : json                 ? QStringLiteral("application/json")
                                   : QStringLiteral("application/x-www-form-urlencoded");
        return;
    }

    // -d '' posts nothing: curl still says POST, which the method keeps.
    if (texts.isEmpty() || texts.join(QString()).isEmpty())
        return;
    // Several -d are joined with & as curl does; --json pieces are simply concatenated.
    const QString text = texts.join(json ? QString() : QStringLiteral("&"));
    if (m_get) {
        if (!text.isEmpty())
            m_query.append(text);
        return;
    }
    const QString type = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    const bool formType = type == QLatin1String("application/x-www-form-urlencoded");
    if (json || type.contains(QLatin1String("json")) || (type.isEmpty() && isJsonDocument(text))) {
        d.bodyKind = RequestDraft::BodyKind::Json;
        d.bodyText = text;
        if (type.isEmpty() && !json)
            m_out.notes.append(Text::tr("The data is JSON but has no Content-Type: curl would "
                                        "send it as a form; the draft sends it as JSON."));
    } else if (type.isEmpty() || formType) {
        if (const auto rows = formRows(text)) {
            d.bodyKind = RequestDraft::BodyKind::Form;
            d.formFields = *rows;
        } else {
            d.bodyKind = RequestDraft::BodyKind::Raw;
            d.bodyText = text;
            d.rawContentType = QStringLiteral("application/x-www-form-urlencoded");
        }
    } else {
        d.bodyKind = RequestDraft::BodyKind::Raw;
        d.bodyText = text;
        d.rawContentType = contentType;
    }
}

Result<CurlImport::Imported> Importer::run(const Split &split)
{
    const QStringList &words = split.words;
    if (words.isEmpty() || !isCurlWord(words.first()))
        return parseError(QStringLiteral("curl.not_curl"),
                          Text::tr("This is not a curl command: it should start with \"curl\"."));

    bool optionsDone = false;
    for (qsizetype i = 1; i < words.size() && !m_stop; ++i) {
        const QString &word = words.at(i);
        const auto missing = [&](const QString &shown) {
            return parseError(QStringLiteral("curl.missing_argument"),
                              Text::tr("The option %1 needs a value after it.").arg(shown));
        };
        if (optionsDone || !word.startsWith(QLatin1Char('-')) || word == QLatin1String("-")) {
            m_urls.append(word);
        } else if (word == QLatin1String("--")) {
            optionsDone = true;
        } else if (word.startsWith(QLatin1String("--"))) {
            const QString name = word.mid(2);
            const Option *option = findLong(name);
            if (!option && name.startsWith(QLatin1String("no-"))) {
                // --no-progress-meter is in the table; other --no-X switch a flag off.
                const Option *base = findLong(name.mid(3));
                if (base && !base->takesArgument) {
                    unmapped(word, reason(base->why == Why::None ? Why::Unsupported : base->why));
                    continue;
                }
            }
            if (!option) {
                unmapped(word, Text::tr("not carried over: not an option Tokenbench knows"));
                continue;
            }
            QString argument;
            if (option->takesArgument) {
                if (i + 1 >= words.size())
                    return missing(word);
                argument = words.at(++i);
            }
            apply(*option, word, argument);
        } else {
            // One or more short options: -sSL, -XPOST, -H'Accept: x'.
            for (qsizetype j = 1; j < word.size(); ++j) {
                const QString shown = QLatin1Char('-') + word.at(j);
                const Option *option = findShort(word.at(j));
                if (!option) {
                    unmapped(shown, Text::tr("not carried over: not an option Tokenbench knows"));
                    continue;
                }
                if (!option->takesArgument) {
                    apply(*option, shown, QString());
                    continue;
                }
                QString argument = word.mid(j + 1);
                if (argument.isEmpty()) {
                    if (i + 1 >= words.size())
                        return missing(shown);
                    argument = words.at(++i);
                }
                apply(*option, shown, argument);
                break;
            }
        }
    }
    if (!split.rest.isEmpty())
        unmapped(split.rest, Text::tr("not carried over: the rest of the shell command is not "
                                      "part of the request"));
    if (m_urls.isEmpty() || m_urls.first().trimmed().isEmpty())
        return parseError(QStringLiteral("curl.no_url"), Text::tr("The curl command has no URL."));

    if (!m_cookies.isEmpty())
        m_out.draft.headers.append(
            {QStringLiteral("Cookie"), m_cookies.join(QLatin1String("; ")), true});
    finishBody();
    finishUrl();

    RequestDraft &d = m_out.draft;
    if (m_method && !m_method->isEmpty())
        d.method = *m_method;
    else if (m_head)
        d.method = QStringLiteral("HEAD");
    else if (!m_uploadFile.isEmpty() && m_data.isEmpty())
        d.method = QStringLiteral("PUT");
    else if ((!m_data.isEmpty() || m_multipart) && !m_get)
        d.method = QStringLiteral("POST");
    else
        d.method = QStringLiteral("GET");

    for (const KeyValueRow &row : std::as_const(d.headers)) {
        if (Redactor::isSecretHeader(row.name.toLatin1()))
            m_out.carriesCredential = true;
    }
    // Variables a shell would have filled in are still in the text, where a person can see them.
    const QString all = QString::fromUtf8(QJsonDocument(d.toJson()).toJson());
    for (const QString &name : split.variables) {
        if (all.contains(QLatin1Char('$') + name) ||
            all.contains(QStringLiteral("${") + name + QLatin1Char('}')))
            m_out.notes.append(Text::tr("$%1 is a shell variable: it is kept as typed.").arg(name));
    }
    // Not part of a request: said where a person sees it, so that nothing goes unnoticed.
    if (!m_out.network.isEmpty()) {
        QStringList settings;
        for (auto it = m_out.network.cbegin(); it != m_out.network.cend(); ++it)
            settings.append(it.key() + QLatin1Char('=') + it.value());
        m_out.notes.append(Text::tr("Settings of the profile, not of the request (its Network "
                                    "tab, or tokenbench-cli --set): %1.")
                               .arg(settings.join(QStringLiteral(", "))));
    }
    return m_out;
}

} // namespace

namespace CurlImport {

namespace {

QString networkValue(const Profile &profile, const QString &key)
{
    const Profile::Options &o = profile.options;
    if (key == QLatin1String("proxy"))
        return o.proxy;
    if (key == QLatin1String("no_proxy"))
        return o.noProxy;
    if (key == QLatin1String("proxy_user"))
        return o.proxyUser;
    if (key == QLatin1String("ca_file"))
        return o.caFile;
    if (key == QLatin1String("client_cert"))
        return o.clientCertificate;
    if (key == QLatin1String("client_key"))
        return o.clientKey;
    return profile.fields.value(key);
}

} // namespace

Result<NetworkApplied> applyNetwork(const Profile &profile, const QMap<QString, QString> &network)
{
    NetworkApplied applied{profile, {}};
    for (auto it = network.cbegin(); it != network.cend(); ++it) {
        const auto set = applied.profile.set(it.key(), it.value());
        if (!set)
            return set.error();
        const QString before = networkValue(profile, it.key());
        const QString after = networkValue(applied.profile, it.key());
        if (before != after)
            applied.changes.append({it.key(), before, after});
    }
    return applied;
}

bool looksLikeCurl(const QString &text)
{
    static const QRegularExpression curl(QStringLiteral("^curl(?:\\.exe)?\\s"),
                                         QRegularExpression::CaseInsensitiveOption);
    return curl.match(withoutPrompt(text) + QLatin1Char(' ')).hasMatch();
}

Result<QStringList> splitWords(const QString &commandLine, QString *rest)
{
    const Result<Split> split = splitAll(commandLine);
    if (!split)
        return split.error();
    if (rest)
        *rest = split->rest;
    return split->words;
}

Result<Imported> parse(const QString &commandLine)
{
    const Result<Split> split = splitAll(commandLine);
    if (!split) {
        if (!looksLikeCurl(commandLine))
            return parseError(
                QStringLiteral("curl.not_curl"),
                Text::tr("This is not a curl command: it should start with \"curl\"."));
        return split.error();
    }
    return Importer().run(split.value());
}

} // namespace CurlImport
