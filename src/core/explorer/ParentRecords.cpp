#include "explorer/ParentRecords.h"

#include "compose/Variables.h"
#include "explorer/OrderedJson.h"

#include <QCborMap>
#include <QCoreApplication>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParentRecords)
};

ParentRecords::Module mod(const char *name, const char *value, int id)
{
    return {Text::tr(name), QString::fromLatin1(value), id};
}

bool namesModule(const QString &name)
{
    const QString n = name.toLower();
    return n == QLatin1String("module") || n == QLatin1String("strmodule") ||
           n == QLatin1String("parentmodule") || n == QLatin1String("modulename");
}

bool namesParentId(const QString &name)
{
    const QString n = name.toLower();
    return n == QLatin1String("parentid") || n == QLatin1String("intparentid");
}

} // namespace

namespace ParentRecords {

const QList<Module> &all()
{
    // QT_TRANSLATE_NOOP keeps the names translatable while the table is built once.
    static const QList<Module> modules{
        mod(QT_TRANSLATE_NOOP("ParentRecords", "Assessment"), "assessments", 2),
        mod(QT_TRANSLATE_NOOP("ParentRecords", "Assessment Plans"), "assessmentplans", 33),
        mod(QT_TRANSLATE_NOOP("ParentRecords", "Asset"), "assets", 3),
        mod(QT_TRANSLATE_NOOP("ParentRecords", "Capability"), "capabilities", 37),
        mod(QT_TRANSLATE_NOOP("ParentRecords", "Case"), "cases", 28),
        mod(QT_TRANSLATE_NOOP("ParentRecords", "Categorization"), "categorization", 29),
        mod(QT_TRANSLATE_NOOP("ParentRecords", "Catalogue"), "catalogues", 4),
        mod(QT_TRANSLATE_NOOP("ParentRecords", "Causal Analysis"), "causalanalysis", 24),
        mod(QT_TRANSLATE_NOOP("ParentRecords", "Changes"), "changes", 31),
        mod(QT_TRANSLATE_NOOP("ParentRecords", "Component"), "components", 27),
        mod(QT_TRANSLATE_NOOP("ParentRecords", "Continuous Monitoring"), "continuousmonitoring",
            30),
        mod(QT_TRANSLATE_NOOP("ParentRecords", "Control"), "security-controls", 5),
        mod(QT_TRANSLATE_NOOP("ParentRecords", "Control Implementation"), "controls", 15),
        mod(QT_TRANSLATE_NOOP("ParentRecords", "Data Call"), "datacalls", 6),
        mod(QT_TRANSLATE_NOOP("ParentRecords", "Exception"), "exceptions", 7),
        mod(QT_TRANSLATE_NOOP("ParentRecords", "Evidence Locker"), "evidence", 32),
        mod(QT_TRANSLATE_NOOP("ParentRecords", "Incident"), "incidents", 8),
        mod(QT_TRANSLATE_NOOP("ParentRecords", "Interconnect"), "interconnects", 9),
        mod(QT_TRANSLATE_NOOP("ParentRecords", "Issue (POAM)"), "issues", 10),
        mod(QT_TRANSLATE_NOOP("ParentRecords", "Policy"), "policies", 11),
        mod(QT_TRANSLATE_NOOP("ParentRecords", "Program"), "programs", 36),
        mod(QT_TRANSLATE_NOOP("ParentRecords", "Project"), "projects", 12),
        mod(QT_TRANSLATE_NOOP("ParentRecords", "Questionnaire"), "questionnaires", 26),
        mod(QT_TRANSLATE_NOOP("ParentRecords", "Requirement"), "requirements", 13),
        mod(QT_TRANSLATE_NOOP("ParentRecords", "Risk"), "risks", 14),
        mod(QT_TRANSLATE_NOOP("ParentRecords", "Security Plan"), "securityplans", 16),
        mod(QT_TRANSLATE_NOOP("ParentRecords", "Security Profile"), "profiles", 17),
        mod(QT_TRANSLATE_NOOP("ParentRecords", "Supply Chain (Contract)"), "supplychain", 25),
        mod(QT_TRANSLATE_NOOP("ParentRecords", "Task"), "tasks", 18),
        mod(QT_TRANSLATE_NOOP("ParentRecords", "Threat"), "threats", 19),
        mod(QT_TRANSLATE_NOOP("ParentRecords", "Threat Model"), "threatmodels", 35),
    };
    return modules;
}

std::optional<Module> find(const QString &value)
{
    for (const Module &m : all())
        if (m.value.compare(value, Qt::CaseInsensitive) == 0)
            return m;
    return std::nullopt;
}

Result<QString> applyToBody(const QString &jsonText, const Module &module, qint64 parentId)
{
    QCborMap body;
    if (!jsonText.trimmed().isEmpty()) {
        const auto parsed = OrderedJson::parse(jsonText.toUtf8());
        if (!parsed || !parsed->isMap()) {
            return Error::make(Error::Kind::InvalidInput,
                               QStringLiteral("regscale.body_not_object"),
                               Text::tr("The parent module goes into a JSON object body; this "
                                        "body is not one."));
        }
        body = parsed->toMap();
    }
    QString moduleKey = QStringLiteral("ParentModule");
    QString idKey = QStringLiteral("ParentId");
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString key = it.key().toString();
        if (key.compare(QLatin1String("parentModule"), Qt::CaseInsensitive) == 0)
            moduleKey = key;
        else if (key.compare(QLatin1String("parentId"), Qt::CaseInsensitive) == 0)
            idKey = key;
    }
    body[moduleKey] = module.value;
    body[idKey] = parentId;
    return OrderedJson::toText(body, 2);
}

QString applyToUrl(const QString &url, const Module &module, qint64 parentId)
{
    QString out;
    qsizetype last = 0;
    for (const Variables::Reference &ref : Variables::references(url)) {
        out += url.mid(last, ref.start - last);
        if (namesModule(ref.name))
            out += module.value;
        else if (namesParentId(ref.name) && parentId > 0)
            out += QString::number(parentId);
        else
            out += url.mid(ref.start, ref.length);
        last = ref.start + ref.length;
    }
    out += url.mid(last);
    return out;
}

RequestDraft apply(const RequestDraft &draft, const Module &module, qint64 parentId)
{
    RequestDraft d = draft;
    d.url = applyToUrl(d.url, module, parentId);
    if (d.bodyKind == RequestDraft::BodyKind::Json) {
        const auto body = applyToBody(d.bodyText, module, parentId);
        if (body)
            d.bodyText = body.value();
    }
    for (KeyValueRow &row : d.formFields) {
        if (row.name.compare(QLatin1String("parentModule"), Qt::CaseInsensitive) == 0) {
            row.value = module.value;
            row.enabled = true;
        } else if (row.name.compare(QLatin1String("parentId"), Qt::CaseInsensitive) == 0) {
            row.value = QString::number(parentId);
            row.enabled = true;
        }
    }
    return d;
}

} // namespace ParentRecords
