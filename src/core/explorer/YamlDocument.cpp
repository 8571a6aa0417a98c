#include "explorer/YamlDocument.h"

#include "explorer/OrderedJson.h"
#include "explorer/OrderedMap.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <cmath>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(YamlDocument)
};

struct TooLarge
{
    QString why;
};

struct Cancelled
{};

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

QCborValue scalar(const std::string &tag, const std::string &value)
{
    // "?" is a plain scalar, typed by the core schema; a quoted one ("!") is always a string.
    if (tag == "?" || tag == "tag:yaml.org,2002:int" || tag == "tag:yaml.org,2002:float" ||
        tag == "tag:yaml.org,2002:bool" || tag == "tag:yaml.org,2002:null")
        return plainScalar(value);
    return QCborValue(QString::fromStdString(value));
}

// Builds the ordered tree from yaml-cpp's events as they come, so that reading can stop at any
// event and a mapping of n keys costs n, not n² (OrderedMapBuilder). An alias shares the tree
// of its anchor but counts all of its values against the limit: a "billion laughs" document
// would make whoever walks the tree visit 10^9 nodes.
class TreeHandler : public YAML::EventHandler
{
public:
    explicit TreeHandler(const YamlDocument::Limits &limits)
        : m_limits(limits)
    {}

    QCborValue take() { return m_root.isUndefined() ? QCborValue(nullptr) : m_root; }

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &, YAML::anchor_t anchor) override
    {
        const qsizetype start = m_nodes;
        count(1);
        add(QCborValue(nullptr), anchor, start);
    }

    void OnAlias(const YAML::Mark &, YAML::anchor_t anchor) override
    {
        const auto it = m_anchors.constFind(anchor);
        if (it == m_anchors.cend()) {
            count(1);
            add(QCborValue(nullptr), YAML::NullAnchor, m_nodes);
            return;
        }
        // The anchor's whole tree, as often as it is named.
        count(std::max<qsizetype>(1, it->nodes));
        add(it->value, YAML::NullAnchor, m_nodes);
    }

    void OnScalar(const YAML::Mark &, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        const qsizetype start = m_nodes;
        count(1);
        Frame *top = m_frames.empty() ? nullptr : &m_frames.back();
        if (top && top->map && !top->haveKey) {
            // A key: its text, whatever its type would be as a value.
            top->key = QString::fromStdString(value);
            top->haveKey = true;
            if (anchor != YAML::NullAnchor)
                m_anchors.insert(anchor, {QCborValue(top->key), 1});
            return;
        }
        add(scalar(tag, value), anchor, start);
    }

    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(false, anchor);
    }

    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(true, anchor);
    }

    void OnMapEnd() override { close(); }

private:
    struct Frame
    {
        bool map = false;
        QCborArray array;
        OrderedMapBuilder members;
        QString key;
        bool haveKey = false;
        bool isKey = false; // a mapping or sequence used as a key ("? [a, b]")
        YAML::anchor_t anchor = YAML::NullAnchor;
        qsizetype firstNode = 0;
    };

    struct Anchored
    {
        QCborValue value;
        qsizetype nodes = 0;
    };

    void count(qsizetype nodes)
    {
        m_nodes += nodes;
        if (m_nodes > m_limits.maxNodes) {
            // Aliases make a small file expand without bound: the "billion laughs" attack.
            throw TooLarge{
                Text::tr("it expands to more than %1 values (aliases repeated too often?)")
                    .arg(m_limits.maxNodes)};
        }
        if (++m_events % 1024 == 0 && m_limits.cancel &&
            m_limits.cancel->load(std::memory_order_relaxed))
            throw Cancelled{};
    }

    void open(bool map, YAML::anchor_t anchor)
    {
        const qsizetype start = m_nodes;
        count(1);
        if (int(m_frames.size()) >= m_limits.maxDepth)
            throw TooLarge{
                Text::tr("it is nested more than %1 levels deep").arg(m_limits.maxDepth)};
        Frame frame;
        frame.map = map;
        frame.anchor = anchor;
        frame.firstNode = start;
        frame.isKey = !m_frames.empty() && m_frames.back().map && !m_frames.back().haveKey;
        m_frames.push_back(std::move(frame));
    }

    void close()
    {
        Frame frame = std::move(m_frames.back());
        m_frames.pop_back();
        QCborValue value;
        if (frame.map) {
            value = frame.members.take(m_limits.cancel.get());
            if (m_limits.cancel && m_limits.cancel->load(std::memory_order_relaxed))
                throw Cancelled{};
        } else {
            value = frame.array;
        }
        if (frame.isKey) {
            // A mapping or sequence as a key names its member by its text, on one line.
            Frame &parent = m_frames.back();
            parent.key = OrderedJson::toText(value, 0);
            parent.haveKey = true;
            if (frame.anchor != YAML::NullAnchor)
                m_anchors.insert(frame.anchor, {value, m_nodes - frame.firstNode});
            return;
        }
        add(value, frame.anchor, frame.firstNode);
    }

    // A finished value into what holds it; `firstNode` counts its size for an anchor.
    void add(const QCborValue &value, YAML::anchor_t anchor, qsizetype firstNode)
    {
        if (anchor != YAML::NullAnchor)
            m_anchors.insert(anchor, {value, m_nodes - firstNode});
        if (m_frames.empty()) {
            if (m_root.isUndefined())
                m_root = value;
            return;
        }
        Frame &top = m_frames.back();
        if (!top.map) {
            top.array.append(value);
            return;
        }
        if (!top.haveKey) {
            // An alias or a null as a key.
            top.key = value.isString() ? value.toString()
                      : value.isNull() ? QStringLiteral("~")
                                       : OrderedJson::toText(value, 0);
            top.haveKey = true;
            return;
        }
        top.members.insert(top.key, value);
        top.haveKey = false;
        if (top.members.size() > m_limits.maxMembers)
            throw TooLarge{Text::tr("a mapping has more than %1 keys").arg(m_limits.maxMembers)};
    }

    YamlDocument::Limits m_limits;
    std::vector<Frame> m_frames;
    QHash<YAML::anchor_t, Anchored> m_anchors;
    QCborValue m_root = QCborValue(QCborValue::Undefined);
    qsizetype m_nodes = 0;
    qsizetype m_events = 0;
};

} // namespace

namespace YamlDocument {

Result<QCborValue> parse(const QByteArray &text, const Limits &limits)
{
    try {
        std::istringstream stream(text.toStdString());
        YAML::Parser parser(stream);
        TreeHandler handler(limits);
        parser.HandleNextDocument(handler);
        return handler.take();
    } catch (const Cancelled &) {
        return Error::make(Error::Kind::Cancelled, QStringLiteral("yaml.cancelled"),
                           Text::tr("Reading the document was cancelled."));
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
