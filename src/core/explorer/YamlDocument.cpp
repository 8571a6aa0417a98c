#include "explorer/YamlDocument.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <cmath>
#include <limits>
#include <string>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(YamlDocument)
};

struct TooLarge
{
    QString why;
};

QCborValue plainScalar(const std::string &raw)
{
    const QString s = QString::fromStdString(raw);
    if (s.isEmpty() || s == QLatin1String("~") || s == QLatin1String("null") ||
        s == QLatin1String("Null") || s == QLatin1String("NULL"))
        return QCborValue(nullptr);
    if (s == QLatin1String("true") || s == QLatin1String("True") || s == QLatin1String("TRUE"))
        return QCborValue(true);
    if (s == QLatin1String("false") || s == QLatin1String("False") || s == QLatin1String("FALSE"))
        return QCborValue(false);
    static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression real(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    if (integer.match(s).hasMatch()) {
        bool ok = false;
        const qint64 v = s.toLongLong(&ok);
        if (ok)
            return QCborValue(v);
    }
    if (real.match(s).hasMatch()) {
        bool ok = false;
        const double d = s.toDouble(&ok);
        if (ok)
            return QCborValue(d);
    }
    if (s == QLatin1String(".inf") || s == QLatin1String("+.inf"))
        return QCborValue(std::numeric_limits<double>::infinity());
    if (s == QLatin1String("-.inf"))
        return QCborValue(-std::numeric_limits<double>::infinity());
    return QCborValue(s);
}

class Converter
{
public:
    explicit Converter(const YamlDocument::Limits &limits)
        : m_limits(limits)
    {}

    QCborValue convert(const YAML::Node &node, int depth)
    {
        if (depth > m_limits.maxDepth)
            throw TooLarge{
                Text::tr("it is nested more than %1 levels deep").arg(m_limits.maxDepth)};
        if (++m_nodes > m_limits.maxNodes) {
            // Aliases make a small file expand without bound: the "billion laughs" attack.
            throw TooLarge{
                Text::tr("it expands to more than %1 values (aliases repeated too often?)")
                    .arg(m_limits.maxNodes)};
        }
        switch (node.Type()) {
        case YAML::NodeType::Map: {
            QCborMap map;
            for (auto it = node.begin(); it != node.end(); ++it) {
                // A copy: it-> returns a proxy that dies with this statement, and a reference
                // into it dangles (AddressSanitizer: stack-use-after-scope).
                const YAML::Node key = it->first;
                QString name;
                if (key.IsScalar())
                    name = QString::fromStdString(key.Scalar());
                else
                    name = QString::fromStdString(YAML::Dump(key));
                map.insert(name, convert(it->second, depth + 1));
            }
            return map;
        }
        case YAML::NodeType::Sequence: {
            QCborArray array;
            for (const YAML::Node &item : node)
                array.append(convert(item, depth + 1));
            return array;
        }
        case YAML::NodeType::Scalar:
            // "?" is a plain scalar, typed by the core schema; a quoted one is always a string.
            if (node.Tag() == "?")
                return plainScalar(node.Scalar());
            if (node.Tag() == "tag:yaml.org,2002:int" || node.Tag() == "tag:yaml.org,2002:float" ||
                node.Tag() == "tag:yaml.org,2002:bool" || node.Tag() == "tag:yaml.org,2002:null")
                return plainScalar(node.Scalar());
            return QCborValue(QString::fromStdString(node.Scalar()));
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            return QCborValue(nullptr);
        }
        return QCborValue(nullptr);
    }

private:
    YamlDocument::Limits m_limits;
    qsizetype m_nodes = 0;
};

} // namespace

namespace YamlDocument {

Result<QCborValue> parse(const QByteArray &text, const Limits &limits)
{
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        return Converter(limits).convert(root, 0);
    } catch (const TooLarge &tooLarge) {
        return Error::make(Error::Kind::Parse, QStringLiteral("yaml.too_large"),
                           Text::tr("This YAML document was refused: %1.").arg(tooLarge.why));
    } catch (const YAML::Exception &e) {
        const QString what = QString::fromStdString(e.msg);
        return Error::make(Error::Kind::Parse, QStringLiteral("yaml.syntax"),
                           Text::tr("This is not valid YAML: %1 (line %2, column %3).")
                               .arg(what)
                               .arg(e.mark.line + 1)
                               .arg(e.mark.column + 1),
                           what);
    } catch (const std::exception &e) {
        return Error::make(Error::Kind::Parse, QStringLiteral("yaml.failed"),
                           Text::tr("This YAML document could not be read."),
                           QString::fromLocal8Bit(e.what()));
    }
}

} // namespace YamlDocument
