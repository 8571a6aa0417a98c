#include "checks/Capture.h"

#include <QCoreApplication>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Capture)
};
} // namespace

QString Capture::sourceKey(Source source)
{
    return source == Source::Header ? QStringLiteral("header") : QStringLiteral("json");
}

std::optional<Capture::Source> Capture::sourceFromKey(const QString &key)
{
    if (key == QLatin1String("json"))
        return Source::JsonBody;
    if (key == QLatin1String("header"))
        return Source::Header;
    return std::nullopt;
}

QString Capture::sourceName(Source source)
{
    return source == Source::Header ? Text::tr("Header") : Text::tr("JSON body");
}

QJsonObject Capture::toJson() const
{
    return {{QStringLiteral("variable"), variable},
            {QStringLiteral("from"), sourceKey(source)},
            {QStringLiteral("path"), path}};
}

std::optional<Capture> Capture::fromJson(const QJsonObject &json)
{
    const auto source = sourceFromKey(json.value(QStringLiteral("from")).toString());
    const QString variable = json.value(QStringLiteral("variable")).toString().trimmed();
    if (!source || variable.isEmpty())
        return std::nullopt;
    return Capture{variable, *source, json.value(QStringLiteral("path")).toString()};
}
