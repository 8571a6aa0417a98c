#include "compose/DraftSecrets.h"

#include "compose/Variables.h"
#include "util/Redactor.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DraftSecrets)
};

// Values this short would be replaced inside ordinary words when looked for elsewhere; in the
// place they were typed they are still replaced.
constexpr qsizetype MinElsewhereLength = 4;

// One replacement in a text: [start, start + length) becomes `text`.
struct Edit
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString text;
};

QString applied(QString text, QList<Edit> edits)
{
    std::sort(edits.begin(), edits.end(),
              [](const Edit &a, const Edit &b) { return a.start > b.start; });
    for (const Edit &e : std::as_const(edits))
        text.replace(e.start, e.length, e.text);
    return text;
}

bool worthKeeping(const QString &value)
{
    const QString v = value.trimmed();
    return !v.isEmpty() && !Variables::onlyReferences(v) && !v.contains(Redactor::Mask);
}

const QRegularExpression &schemePattern()
{
    static const QRegularExpression scheme(
        QStringLiteral("^([A-Za-z][A-Za-z0-9._-]*)\\s+(\\S.*)$"));
    return scheme;
}

QString decodedPairKey(const QString &raw)
{
    QByteArray key = raw.toUtf8();
    key.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(key)).trimmed();
}

// Where a JSON value sits in a text that may hold {{variables}}, even outside strings.
class JsonScanner
{
public:
    struct Value
    {
        QString key;
        qsizetype start = 0; // a string's text between its quotes; anything else whole
        qsizetype length = 0;
    };

    explicit JsonScanner(const QString &text)
        : m_text(text)
    {}

    // The values of secret fields, at any depth; what a secret field holds is not looked into.
    QList<Value> secretValues()
    {
        QList<Value> out;
        const qsizetype n = m_text.size();
        qsizetype i = 0;
        while (i < n) {
            if (m_text.at(i) == QLatin1Char('"')) {
                const qsizetype end = stringEnd(i);
                qsizetype j = skipSpace(end + 1);
                if (j >= n || m_text.at(j) != QLatin1Char(':')) {
                    i = end + 1;
                    continue;
                }
                const QString key = unescaped(m_text.mid(i + 1, end - i - 1));
                j = skipSpace(j + 1);
                if (!Redactor::isSecretField(key)) {
                    i = j;
                    continue;
                }
                const Value value = valueAt(j, key);
                const QString raw = m_text.mid(value.start, value.length);
                if (value.length > 0 && raw != QLatin1String("null") && worthKeeping(raw))
                    out.append(value);
                i = std::max(j + 1, valueEnd(j));
                continue;
            }
            if (m_text.mid(i, 2) == QLatin1String("{{")) {
                i = referenceEnd(i);
                continue;
            }
            ++i;
        }
        return out;
    }

private:
    qsizetype skipSpace(qsizetype i) const
    {
        while (i < m_text.size() && m_text.at(i).isSpace())
            ++i;
        return i;
    }

    // The closing quote of the string opening at `i` (or the end of the text).
    qsizetype stringEnd(qsizetype i) const
    {
        for (qsizetype k = i + 1; k < m_text.size(); ++k) {
            if (m_text.at(k) == QLatin1Char('\\'))
                ++k;
            else if (m_text.at(k) == QLatin1Char('"'))
                return k;
        }
        return m_text.size();
    }

    qsizetype referenceEnd(qsizetype i) const
    {
        const qsizetype close = m_text.indexOf(QLatin1String("}}"), i + 2);
        return close < 0 ? m_text.size() : close + 2;
    }

    // Just past the value starting at `i`.
    qsizetype valueEnd(qsizetype i) const
    {
        const qsizetype n = m_text.size();
        if (i >= n)
            return n;
        const QChar c = m_text.at(i);
        if (c == QLatin1Char('"'))
            return std::min(n, stringEnd(i) + 1);
        if (m_text.mid(i, 2) == QLatin1String("{{"))
            return referenceEnd(i);
        if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            int depth = 0;
            for (qsizetype k = i; k < n; ++k) {
                const QChar d = m_text.at(k);
                if (d == QLatin1Char('"')) {
                    k = stringEnd(k);
                } else if (m_text.mid(k, 2) == QLatin1String("{{")) {
                    k = referenceEnd(k) - 1;
                } else if (d == QLatin1Char('{') || d == QLatin1Char('[')) {
                    ++depth;
                } else if (d == QLatin1Char('}') || d == QLatin1Char(']')) {
                    if (--depth == 0)
                        return k + 1;
                }
            }
            return n;
        }
        qsizetype k = i;
        while (k < n && !m_text.at(k).isSpace() && m_text.at(k) != QLatin1Char(',') &&
               m_text.at(k) != QLatin1Char('}') && m_text.at(k) != QLatin1Char(']'))
            ++k;
        return k;
    }

    Value valueAt(qsizetype i, const QString &key) const
    {
        Value v;
        v.key = key;
        const qsizetype end = valueEnd(i);
        if (i < m_text.size() && m_text.at(i) == QLatin1Char('"')) {
            v.start = i + 1;
            v.length = std::max<qsizetype>(0, end - i - 2);
        } else {
            v.start = i;
            v.length = end - i;
        }
        return v;
    }

    static QString unescaped(QString key)
    {
        key.replace(QLatin1String("\\\""), QLatin1String("\""));
        key.replace(QLatin1String("\\\\"), QLatin1String("\\"));
        return key;
    }

    const QString &m_text;
};

class Extractor
{
public:
    explicit Extractor(const QHash<QString, QString> &kept)
        : m_kept(kept)
    {}

    DraftSecrets::Extraction run(const RequestDraft &source)
    {
        RequestDraft d = source;
        d.url = url(d.url);
        for (KeyValueRow &row : d.headers)
            row.value = header(row.name, row.value);
        for (KeyValueRow &row : d.formFields) {
            if (Redactor::isSecretField(row.name) && worthKeeping(row.value))
                row.value = reference(row.name, row.value.trimmed(),
                                      Text::tr("the form field %1").arg(row.name));
        }
        const QString type = d.impliedContentType().toLower();
        if (d.bodyKind == RequestDraft::BodyKind::Json ||
            (d.bodyKind == RequestDraft::BodyKind::Raw && type.contains(QLatin1String("json"))))
            d.bodyText = json(d.bodyText);
        else if (d.bodyKind == RequestDraft::BodyKind::Raw &&
                 type.contains(QLatin1String("x-www-form-urlencoded")))
            d.bodyText = pairs(d.bodyText, Text::tr("the form field %1"));

        // Secrets this run knows (a token, a password given at login), wherever they were typed.
        for (const QString &text : texts(d)) {
            for (const QString &secret : Redactor::registeredIn(text))
                reference(QStringLiteral("secret"), secret, Text::tr("a secret of this session"));
        }
        // Each value everywhere it occurs: a token pasted into the body as well as a header.
        replaceElsewhere(d);

        DraftSecrets::Extraction out;
        out.draft = d;
        out.found = m_found;
        return out;
    }

private:
    static QStringList texts(const RequestDraft &d)
    {
        QStringList all{d.url, d.bodyText};
        for (const auto &rows : {d.headers, d.formFields}) {
            for (const KeyValueRow &row : rows)
                all << row.value;
        }
        return all;
    }

    // The variable that stands for `value` from now on, "{{name}}".
    QString reference(const QString &base, const QString &value, const QString &where)
    {
        return QStringLiteral("{{%1}}").arg(nameFor(base, value, where));
    }

    QString nameFor(const QString &base, const QString &value, const QString &where)
    {
        for (const DraftSecrets::Found &f : std::as_const(m_found)) {
            if (f.value == value)
                return f.name;
        }
        for (auto it = m_kept.cbegin(); it != m_kept.cend(); ++it) {
            if (it.value() == value) {
                m_found.append({it.key(), value, where, true});
                return it.key();
            }
        }
        const QString stem = DraftSecrets::variableName(base);
        QString name = stem;
        for (int n = 2; m_kept.contains(name) || taken(name); ++n)
            name = stem + QLatin1Char('_') + QString::number(n);
        m_found.append({name, value, where, false});
        return name;
    }

    bool taken(const QString &name) const
    {
        return std::any_of(m_found.cbegin(), m_found.cend(),
                           [&](const DraftSecrets::Found &f) { return f.name == name; });
    }

    QString url(const QString &text)
    {
        QList<Edit> edits;
        static const QRegularExpression userInfo(
            QStringLiteral("^\\s*[A-Za-z][A-Za-z0-9+.-]*://([^/?#@]*)@"));
        const auto info = userInfo.match(text);
        if (info.hasMatch()) {
            const qsizetype colon = info.captured(1).indexOf(QLatin1Char(':'));
            const QString password = colon < 0 ? QString() : info.captured(1).mid(colon + 1);
            if (worthKeeping(password)) {
                edits.append({info.capturedStart(1) + colon + 1, password.size(),
                              reference(QStringLiteral("password"), password,
                                        Text::tr("the password in the URL"))});
            }
        }
        const qsizetype hash = text.indexOf(QLatin1Char('#'));
        const qsizetype question = text.indexOf(QLatin1Char('?'));
        if (question >= 0 && (hash < 0 || question < hash)) {
            const qsizetype end = hash < 0 ? text.size() : hash;
            edits += pairEdits(text, question + 1, end, Text::tr("the query parameter %1"));
        }
        if (hash >= 0)
            edits += pairEdits(text, hash + 1, text.size(), Text::tr("the fragment's %1"));
        return applied(text, edits);
    }

    QString pairs(const QString &text, const QString &where)
    {
        return applied(text, pairEdits(text, 0, text.size(), where));
    }

    // "a=1&api_key=x" between `from` and `to`: the values of secret fields.
    QList<Edit> pairEdits(const QString &text, qsizetype from, qsizetype to, const QString &where)
    {
        QList<Edit> edits;
        qsizetype start = from;
        while (start <= to) {
            qsizetype end = text.indexOf(QLatin1Char('&'), start);
            if (end < 0 || end > to)
                end = to;
            const qsizetype eq = text.indexOf(QLatin1Char('='), start);
            if (eq >= 0 && eq < end) {
                const QString key = decodedPairKey(text.mid(start, eq - start));
                const QString value = text.mid(eq + 1, end - eq - 1);
                if (Redactor::isSecretField(key) && worthKeeping(value))
                    edits.append({eq + 1, value.size(), reference(key, value, where.arg(key))});
            }
            start = end + 1;
        }
        return edits;
    }

    QString header(const QString &name, const QString &value)
    {
        if (!Redactor::isSecretHeader(name.toUtf8()) || !worthKeeping(value))
            return value;
        const QString where = Text::tr("the %1 header").arg(name.trimmed());
        const QString base = name.trimmed().toLower();
        const QString v = value.trimmed();
        // Authorization names its scheme first: "Bearer {{authorization}}" still says how.
        const auto scheme = schemePattern().match(v);
        if (scheme.hasMatch() && base.contains(QLatin1String("authorization"))) {
            if (!worthKeeping(scheme.captured(2)))
                return value;
            return scheme.captured(1) + QLatin1Char(' ') +
                   reference(base, scheme.captured(2), where);
        }
        return reference(base, v, where);
    }

    QString json(const QString &text)
    {
        QList<Edit> edits;
        const auto values = JsonScanner(text).secretValues();
        for (const auto &v : values) {
            const QString raw = text.mid(v.start, v.length);
            edits.append({v.start, v.length,
                          reference(v.key, raw, Text::tr("the JSON field %1").arg(v.key))});
        }
        return applied(text, edits);
    }

    // Every found value, wherever else it stands, outside references; longest first so that a
    // value holding another is replaced whole.
    void replaceElsewhere(RequestDraft &d) const
    {
        QList<DraftSecrets::Found> values = m_found;
        std::sort(values.begin(), values.end(),
                  [](const DraftSecrets::Found &a, const DraftSecrets::Found &b) {
                      return a.value.size() > b.value.size();
                  });
        const auto replace = [&values](const QString &text) {
            QString out = text;
            for (const DraftSecrets::Found &f : std::as_const(values)) {
                if (f.value.size() < MinElsewhereLength)
                    continue;
                out = outsideReferences(out, f.value, QStringLiteral("{{%1}}").arg(f.name));
            }
            return out;
        };
        d.url = replace(d.url);
        d.bodyText = replace(d.bodyText);
        for (KeyValueRow &row : d.headers)
            row.value = replace(row.value);
        for (KeyValueRow &row : d.formFields)
            row.value = replace(row.value);
    }

    static QString outsideReferences(const QString &text, const QString &value,
                                     const QString &reference)
    {
        if (!text.contains(value))
            return text;
        QList<Edit> edits;
        const auto refs = Variables::references(text);
        qsizetype at = text.indexOf(value);
        while (at >= 0) {
            const bool inside = std::any_of(refs.cbegin(), refs.cend(), [&](const auto &r) {
                return at < r.start + r.length && at + value.size() > r.start;
            });
            if (!inside)
                edits.append({at, value.size(), reference});
            at = text.indexOf(value, at + value.size());
        }
        return applied(text, edits);
    }

    QHash<QString, QString> m_kept;
    QList<DraftSecrets::Found> m_found;
};

} // namespace

namespace DraftSecrets {

QHash<QString, QString> Extraction::newValues() const
{
    QHash<QString, QString> values;
    for (const Found &f : found) {
        if (!f.kept)
            values.insert(f.name, f.value);
    }
    return values;
}

QString Extraction::summary() const
{
    QStringList parts;
    for (const Found &f : found)
        parts.append(QStringLiteral("{{%1}} (%2)").arg(f.name, f.where));
    return parts.join(QStringLiteral(", "));
}

Extraction extract(const RequestDraft &draft, const QHash<QString, QString> &kept)
{
    return Extractor(kept).run(draft);
}

QString variableName(const QString &text)
{
    QString name;
    for (const QChar c : text.trimmed()) {
        const bool allowed = (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('_') ||
                             c == QLatin1Char('.') || c == QLatin1Char('-');
        name += allowed ? c : QLatin1Char('_');
    }
    if (name.isEmpty() || !(name.at(0).isLetter() || name.at(0) == QLatin1Char('_')))
        name.prepend(QLatin1Char('_'));
    return name;
}

} // namespace DraftSecrets
