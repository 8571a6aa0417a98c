#include "checks/RunReport.h"

#include <QDateTime>
#include <QHostInfo>
#include <QJsonArray>
#include <QXmlStreamWriter>

namespace {

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

int errors(const CollectionRunner::Summary &summary)
{
    int n = 0;
    for (const auto &step : summary.steps)
        n += step.sendError ? 1 : 0;
    return n;
}

} // namespace

QByteArray RunReport::junit(const CollectionRunner::Summary &summary, const QString &profile,
                            const QString &collection)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    const int errorCount = errors(summary);
    const int failureCount = summary.failed - errorCount;
    const QString tests = QString::number(summary.steps.size());
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("tokenbench-cli run"));
    xml.writeAttribute(QStringLiteral("tests"), tests);
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failureCount));
    xml.writeAttribute(QStringLiteral("errors"), QString::number(errorCount));
    xml.writeAttribute(QStringLiteral("time"), seconds(summary.elapsedMs));
    xml.writeStartElement(QStringLiteral("testsuite"));
    xml.writeAttribute(QStringLiteral("name"), collection);
    xml.writeAttribute(QStringLiteral("package"), profile);
    xml.writeAttribute(QStringLiteral("tests"), tests);
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failureCount));
    xml.writeAttribute(QStringLiteral("errors"), QString::number(errorCount));
    xml.writeAttribute(QStringLiteral("skipped"),
                       QString::number(summary.total - summary.steps.size()));
    xml.writeAttribute(QStringLiteral("time"), seconds(summary.elapsedMs));
    xml.writeAttribute(QStringLiteral("timestamp"),
                       QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    xml.writeAttribute(QStringLiteral("hostname"), QHostInfo::localHostName());
    for (const CollectionRunner::Step &step : summary.steps) {
        xml.writeStartElement(QStringLiteral("testcase"));
        xml.writeAttribute(QStringLiteral("name"), step.name);
        xml.writeAttribute(QStringLiteral("classname"), profile + QLatin1Char('.') + collection);
        xml.writeAttribute(QStringLiteral("time"), seconds(step.elapsedMs));
        if (step.sendError) {
            xml.writeStartElement(QStringLiteral("error"));
            xml.writeAttribute(QStringLiteral("type"), step.sendError->code);
            xml.writeAttribute(QStringLiteral("message"), step.sendError->message);
            xml.writeCharacters(step.method + QLatin1Char(' ') + step.url);
            xml.writeEndElement();
        } else if (!step.passed) {
            const QStringList failures = step.failures();
            xml.writeStartElement(QStringLiteral("failure"));
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("assertion"));
            xml.writeAttribute(QStringLiteral("message"), failures.value(0));
            xml.writeCharacters(failures.join(QLatin1Char('\n')));
            xml.writeEndElement();
        }
        QStringList lines{step.method + QLatin1Char(' ') + step.url + QStringLiteral(" -> ") +
                          (step.status > 0 ? QString::number(step.status) : QStringLiteral("-"))};
        for (const CheckResult &check : step.checks)
            lines << (check.passed ? QStringLiteral("ok: ") : QStringLiteral("FAILED: ")) +
                         (check.passed ? check.description : check.message);
        xml.writeTextElement(QStringLiteral("system-out"), lines.join(QLatin1Char('\n')));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QJsonObject RunReport::json(const CollectionRunner::Summary &summary, const QString &profile,
                            const QString &collection)
{
    QJsonArray requests;
    for (const CollectionRunner::Step &step : summary.steps) {
        QJsonArray checks;
        for (const CheckResult &check : step.checks)
            checks.append(
                QJsonObject{{QStringLiteral("check"), check.description},
                            {QStringLiteral("kind"), check.isCapture ? QStringLiteral("capture")
                                                                     : QStringLiteral("assertion")},
                            {QStringLiteral("passed"), check.passed},
                            {QStringLiteral("message"), check.passed ? QJsonValue(QJsonValue::Null)
                                                                     : QJsonValue(check.message)}});
        QJsonObject request{
            {QStringLiteral("name"), step.name},
            {QStringLiteral("method"), step.method},
            {QStringLiteral("url"), step.url},
            {QStringLiteral("status"), step.status > 0 ? QJsonValue(step.status) : QJsonValue()},
            {QStringLiteral("passed"), step.passed},
            {QStringLiteral("elapsed_ms"), step.elapsedMs},
            {QStringLiteral("checks"), checks},
            {QStringLiteral("failures"), QJsonArray::fromStringList(step.failures())}};
        request.insert(QStringLiteral("error"),
                       step.sendError ? QJsonValue(step.sendError->message) : QJsonValue());
        requests.append(request);
    }
    return {{QStringLiteral("profile"), profile},
            {QStringLiteral("collection"), collection},
            {QStringLiteral("total"), summary.total},
            {QStringLiteral("passed"), summary.passed},
            {QStringLiteral("failed"), summary.failed},
            {QStringLiteral("elapsed_ms"), summary.elapsedMs},
            {QStringLiteral("cancelled"), summary.cancelled},
            {QStringLiteral("bailed"), summary.bailed},
            {QStringLiteral("requests"), requests}};
}
