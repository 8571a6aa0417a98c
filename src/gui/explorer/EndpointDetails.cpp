#include "explorer/EndpointDetails.h"

#include "explorer/EndpointItemDelegate.h"
#include "explorer/OperationDraft.h"

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString schemaType(const QCborValue &schema)
{
    const QCborMap s = schema.toMap();
    const QString ref = s.value(QLatin1String("$ref")).toString();
    if (!ref.isEmpty())
        return ref.section(QLatin1Char('/'), -1);
    QString type = s.value(QLatin1String("type")).toString();
    if (type == QLatin1String("array"))
        type = schemaType(s.value(QLatin1String("items"))) + QLatin1String("[]");
    const QString format = s.value(QLatin1String("format")).toString();
    return format.isEmpty() ? type : type + QLatin1String(" (") + format + QLatin1Char(')');
}

} // namespace

QString EndpointDetails::html(const ApiSpec &spec, const ApiOperation &op)
{
    const QString colour = EndpointItemDelegate::methodColour(op.method).name();
    QString html = QStringLiteral("<p><span style=\"background:%1;color:white;font-weight:bold\">"
                                  "&nbsp;%2&nbsp;</span>&nbsp;<code style=\"font-size:large\">%3"
                                  "</code></p>")
                       .arg(colour, op.method, (spec.basePath + op.path).toHtmlEscaped());
    if (op.deprecated)
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Deprecated"));
    if (!op.summary.isEmpty())
        html += QStringLiteral("<h3>%1</h3>").arg(esc(op.summary));
    if (!op.operationId.isEmpty())
        html += QStringLiteral("<p>%1 <code>%2</code></p>")
                    .arg(tr("Operation id:"), op.operationId.toHtmlEscaped());
    if (!op.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(op.description));

    if (!op.parameters.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><table cellspacing=\"0\" cellpadding=\"3\" "
                               "border=\"0\">")
                    .arg(tr("Parameters"));
        for (const ApiParameter &p : op.parameters) {
            html += QStringLiteral("<tr><td><code>%1</code>%2</td><td><i>%3</i></td><td>%4</td>"
                                   "<td>%5</td></tr>")
                        .arg(p.name.toHtmlEscaped(),
                             p.required ? QStringLiteral("<span style=\"color:#c0392b\">*</span>")
                                        : QString(),
                             p.in.toHtmlEscaped(), schemaType(p.schema).toHtmlEscaped(),
                             esc(p.description));
        }
        html += QLatin1String("</table>");
    }
    if (!op.requestContentTypes.isEmpty()) {
        html +=
            QStringLiteral("<h4>%1</h4><p>%2</p>")
                .arg(op.requestBodyRequired ? tr("Request body (required)") : tr("Request body"),
                     op.requestContentTypes.join(QLatin1String(", ")).toHtmlEscaped());
        const QString example = OperationDraft::exampleBody(spec, op);
        if (!example.isEmpty() && example.size() < 20000)
            html += QStringLiteral("<pre>%1</pre>").arg(example.toHtmlEscaped());
    }
    if (!op.responses.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><table cellspacing=\"0\" cellpadding=\"3\">")
                    .arg(tr("Responses"));
        for (const ApiResponse &r : op.responses) {
            const bool ok = r.status.startsWith(QLatin1Char('2'));
            html += QStringLiteral("<tr><td><b style=\"color:%1\">%2</b></td><td>%3</td>"
                                   "<td><small>%4</small></td></tr>")
                        .arg(ok ? QStringLiteral("#2e9e5b") : QStringLiteral("#7f8c8d"),
                             r.status.toHtmlEscaped(), esc(r.description),
                             r.contentTypes.join(QLatin1String(", ")).toHtmlEscaped());
        }
        html += QLatin1String("</table>");
    }
    for (const QString &problem : op.problems)
        html += QStringLiteral("<p style=\"color:#b9770e\">%1</p>").arg(esc(problem));
    return html;
}
