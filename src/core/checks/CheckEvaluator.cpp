#include "checks/CheckEvaluator.h"

#include "body/BodySource.h"
#include "body/JsonTokenizer.h"
#include "checks/JsonPath.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CheckEvaluator)
};

using Op = Assertion::Operator;

// The body as bytes, and whether it is JSON (checked once, by the streaming tokenizer).
class Body
{
public:
    explicit Body(const HttpResponse &response)
        : m_response(response)
    {}

    const char *data() { return source()->data(); }
    qint64 size() { return source()->size(); }

    // Empty when the body is valid JSON; else why not.
    QString jsonProblem()
    {
        if (!m_validated) {
            m_validated = true;
            JsonTokenizer tokens(data(), size());
            for (;;) {
                const JsonTokenizer::Token t = tokens.next();
                if (t == JsonTokenizer::Token::End)
                    break;
                if (t == JsonTokenizer::Token::Error) {
                    m_problem = Text::tr("the body is not JSON (%1)").arg(tokens.error().message());
                    break;
                }
            }
        }
        return m_problem;
    }

private:
    const BodySource *source()
    {
        if (!m_source) {
            if (!m_response.bodyFile.isEmpty()) {
                auto mapped = BodySource::fromFile(m_response.bodyFile);
                m_source = mapped ? mapped.value() : BodySource::fromBytes({});
            } else {
                m_source = BodySource::fromBytes(m_response.body);
            }
        }
        return m_source.get();
    }

    const HttpResponse &m_response;
    std::shared_ptr<const BodySource> m_source;
    bool m_validated = false;
    QString m_problem;
};

QString typeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Array:
        return QStringLiteral("array");
    default:
        return QStringLiteral("null");
    }
}

// "a string", "an object", "null": how a sentence names a type.
QString typeInWords(const QString &type)
{
    if (type == QLatin1String("string"))
        return Text::tr("a string");
    if (type == QLatin1String("number"))
        return Text::tr("a number");
    if (type == QLatin1String("boolean"))
        return Text::tr("a boolean");
    if (type == QLatin1String("object"))
        return Text::tr("an object");
    if (type == QLatin1String("array"))
        return Text::tr("an array");
    return Text::tr("null");
}

QString jsonText(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// For a sentence: JSON text, cut short when long.
QString shown(const QJsonValue &v)
{
    QString text = jsonText(v);
    if (text.size() > 80)
        text = text.left(77) + QStringLiteral("…");
    return text;
}

// What a person typed as an expected JSON value: JSON when it parses as such, else a string.
QJsonValue expectedValue(const QString &text)
{
    const QByteArray wrapped = '[' + text.trimmed().toUtf8() + ']';
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
    if (error.error == QJsonParseError::NoError && doc.array().size() == 1)
        return doc.array().first();
    return QJsonValue(text);
}

// The text a regular expression is matched against: a string as it is, anything else as JSON.
QString matchText(const QJsonValue &v)
{
    return v.isString() ? v.toString() : jsonText(v);
}

std::optional<QString> badRegex(const QRegularExpression &re, const QString &pattern)
{
    if (re.isValid())
        return std::nullopt;
    return Text::tr("/%1/ is not a valid regular expression: %2").arg(pattern, re.errorString());
}

CheckResult statusCheck(const Assertion &a, int status)
{
    CheckResult r{a.describe(), false, {}, false};
    const QString expected = a.expected.trimmed();
    if (a.op == Op::Equals) {
        bool ok = false;
        const int want = expected.toInt(&ok);
        if (!ok)
            r.message = Text::tr("%1 is not a status code").arg(expected);
        else if (!(r.passed = status == want))
            r.message = Text::tr("status was %1, expected %2").arg(status).arg(want);
        return r;
    }
    // "200-299", or "2xx".
    int low = 0;
    int high = 0;
    bool ok = false;
    static const QRegularExpression range(QStringLiteral("^(\\d{3})\\s*[-–]\\s*(\\d{3})$"));
    static const QRegularExpression hundreds(QStringLiteral("^([1-5])[xX]{2}$"));
    if (const auto m = range.match(expected); m.hasMatch()) {
        low = m.captured(1).toInt();
        high = m.captured(2).toInt();
        ok = low <= high;
    } else if (const auto h = hundreds.match(expected); h.hasMatch()) {
        low = h.captured(1).toInt() * 100;
        high = low + 99;
        ok = true;
    }
    if (!ok)
        r.message = Text::tr("%1 is not a status range (such as 200-299 or 2xx)").arg(expected);
    else if (!(r.passed = status >= low && status <= high))
        r.message = Text::tr("status was %1, expected %2–%3").arg(status).arg(low).arg(high);
    return r;
}

CheckResult headerCheck(const Assertion &a, const HttpResponse &response)
{
    CheckResult r{a.describe(), false, {}, false};
    const QByteArray name = a.target.trimmed().toLatin1();
    bool present = false;
    QString value;
    for (const auto &h : response.headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            present = true;
            value = QString::fromUtf8(h.second).trimmed();
            break;
        }
    }
    if (!present) {
        r.message = Text::tr("header %1 is missing").arg(a.target.trimmed());
        return r;
    }
    if (a.op == Op::Exists) {
        r.passed = true;
    } else if (a.op == Op::Equals) {
        if (!(r.passed = value == a.expected.trimmed()))
            r.message = Text::tr("header %1 was \"%2\", expected \"%3\"")
                            .arg(a.target.trimmed(), value, a.expected.trimmed());
    } else {
        const QRegularExpression re(a.expected);
        if (const auto bad = badRegex(re, a.expected))
            r.message = *bad;
        else if (!(r.passed = re.match(value).hasMatch()))
            r.message = Text::tr("header %1 \"%2\" does not match /%3/")
                            .arg(a.target.trimmed(), value, a.expected);
    }
    return r;
}

CheckResult jsonCheck(const Assertion &a, Body &body)
{
    CheckResult r{a.describe(), false, {}, false};
    const auto path = JsonPath::parse(a.target);
    if (!path) {
        r.message = path.error().message;
        return r;
    }
    if (const QString problem = body.jsonProblem(); !problem.isEmpty()) {
        r.message = QStringLiteral("%1: %2").arg(path->text(), problem);
        return r;
    }
    const auto matches = path->select(body.data(), body.size());
    if (!matches) {
        r.message = QStringLiteral("%1: %2").arg(path->text(), matches.error().message);
        return r;
    }
    if (matches->isEmpty()) {
        r.message = Text::tr("%1: nothing there").arg(path->text());
        return r;
    }
    if (a.op == Op::Exists) {
        r.passed = true;
        return r;
    }
    QRegularExpression re;
    if (a.op == Op::Matches) {
        re.setPattern(a.expected);
        if (const auto bad = badRegex(re, a.expected)) {
            r.message = *bad;
            return r;
        }
    }
    const QJsonValue want = expectedValue(a.expected);
    const QString wantType = a.expected.trimmed().toLower();
    if (a.op == Op::IsType && !Assertion::typeNames().contains(wantType)) {
        r.message = Text::tr("%1 is not a JSON type (string, number, boolean, object, array, null)")
                        .arg(a.expected.trimmed());
        return r;
    }
    // With a wildcard, every value the path selects must hold; the first that does not is told.
    for (const JsonPath::Match &m : matches.value()) {
        if (a.op == Op::Equals && m.value != want) {
            r.message =
                Text::tr("%1: expected %2, got %3").arg(m.path, shown(want), shown(m.value));
            return r;
        }
        if (a.op == Op::IsType && typeOf(m.value) != wantType) {
            r.message = Text::tr("%1: expected %2, got %3")
                            .arg(m.path, typeInWords(wantType), typeInWords(typeOf(m.value)));
            return r;
        }
        if (a.op == Op::Matches && !re.match(matchText(m.value)).hasMatch()) {
            r.message =
                Text::tr("%1: %2 does not match /%3/").arg(m.path, shown(m.value), a.expected);
            return r;
        }
    }
    r.passed = true;
    return r;
}

CheckResult timeCheck(const Assertion &a, qint64 elapsedMs)
{
    CheckResult r{a.describe(), false, {}, false};
    bool ok = false;
    const qint64 limit = a.expected.trimmed().toLongLong(&ok);
    if (!ok || limit <= 0)
        r.message = Text::tr("%1 is not a number of milliseconds").arg(a.expected.trimmed());
    else if (!(r.passed = elapsedMs < limit))
        r.message = Text::tr("response took %1 ms, expected below %2 ms").arg(elapsedMs).arg(limit);
    return r;
}

CheckResult checkOne(const Assertion &a, const HttpResponse &response, Body &body)
{
    switch (a.kind) {
    case Assertion::Kind::Status:
        return statusCheck(a, response.status);
    case Assertion::Kind::Header:
        return headerCheck(a, response);
    case Assertion::Kind::JsonBody:
        return jsonCheck(a, body);
    case Assertion::Kind::ResponseTime:
        return timeCheck(a, response.elapsedMs);
    }
    return {};
}

CheckResult capture(const Capture &c, const HttpResponse &response, Body &body, Variables &into)
{
    CheckResult r;
    r.isCapture = true;
    r.description = Text::tr("capture {{%1}} from %2").arg(c.variable, c.path);
    std::optional<QString> value;
    if (c.source == Capture::Source::Header) {
        const QByteArray name = c.path.trimmed().toLatin1();
        for (const auto &h : response.headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                value = QString::fromUtf8(h.second).trimmed();
                break;
            }
        }
        if (!value)
            r.message = Text::tr("{{%1}}: header %2 is missing").arg(c.variable, c.path.trimmed());
    } else {
        const auto path = JsonPath::parse(c.path);
        if (!path) {
            r.message = path.error().message;
        } else if (const QString problem = body.jsonProblem(); !problem.isEmpty()) {
            r.message = QStringLiteral("{{%1}}: %2").arg(c.variable, problem);
        } else if (const auto matches = path->select(body.data(), body.size()); !matches) {
            r.message = QStringLiteral("{{%1}}: %2").arg(c.variable, matches.error().message);
        } else if (matches->isEmpty()) {
            r.message = Text::tr("{{%1}}: %2 found nothing").arg(c.variable, path->text());
        } else {
            value = matchText(matches->first().value);
        }
    }
    if (value) {
        into.set(c.variable, *value, Text::tr("captured in this run"));
        r.passed = true;
    }
    return r;
}

} // namespace

QStringList CheckEvaluator::Evaluation::failures() const
{
    QStringList out;
    for (const CheckResult &r : results)
        if (!r.passed)
            out.append(r.message);
    return out;
}

CheckEvaluator::Evaluation CheckEvaluator::evaluate(const QList<Assertion> &assertions,
                                                    const QList<Capture> &captures,
                                                    const HttpResponse &response,
                                                    const Variables &variables)
{
    Evaluation evaluation;
    Body body(response);
    if (assertions.isEmpty()) {
        // A request without assertions passes when the server did not refuse it.
        CheckResult r{Text::tr("status below 400"), response.status < 400, {}, false};
        if (!r.passed)
            r.message = Text::tr("status was %1, expected below 400").arg(response.status);
        evaluation.results.append(r);
    }
    for (Assertion a : assertions) {
        a.target = variables.resolve(a.target);
        a.expected = variables.resolve(a.expected);
        evaluation.results.append(checkOne(a, response, body));
    }
    for (const Capture &c : captures)
        evaluation.results.append(capture(c, response, body, evaluation.captured));
    evaluation.passed = true;
    for (const CheckResult &r : std::as_const(evaluation.results))
        evaluation.passed = evaluation.passed && r.passed;
    return evaluation;
}

CheckResult CheckEvaluator::check(const Assertion &assertion, const HttpResponse &response,
                                  const QByteArray &bodyBytes)
{
    HttpResponse copy = response;
    copy.body = bodyBytes;
    copy.bodyFile.clear();
    Body body(copy);
    return checkOne(assertion, copy, body);
}
