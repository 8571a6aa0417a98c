#include "PastedToken.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace {

bool isJwtAlphabet(QChar c)
{
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') ||
           c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('=');
}

} // namespace

PastedToken PastedToken::fromText(const QString &text)
{
    PastedToken result;
    QString t = text.trimmed();

    // "Authorization: Bearer x" or "X-Api-Key: x": a header line, name and all. The space after
    // the colon tells it from "user:password" or a URN, which are tokens in their own right.
    static const QRegularExpression headerLine(
        QStringLiteral("^([A-Za-z][A-Za-z0-9-]*)\\s*:\\s+(\\S.*)$"),
        QRegularExpression::DotMatchesEverythingOption);
    QString headerName;
    if (const auto m = headerLine.match(t); m.hasMatch()) {
        headerName = m.captured(1);
        t = m.captured(2).trimmed();
        result.removed.append(headerName + QLatin1Char(':'));
    }

    static const QRegularExpression scheme(QStringLiteral("^(Bearer|JWT|UAT|Token)\\s+(\\S.*)$"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = scheme.match(t); m.hasMatch()) {
        QString word = m.captured(1);
        if (word.compare(QLatin1String("bearer"), Qt::CaseInsensitive) == 0)
            word = QStringLiteral("Bearer");
        else if (word.compare(QLatin1String("token"), Qt::CaseInsensitive) == 0)
            word = QStringLiteral("Token");
        else
            word = word.toUpper();
        result.delivery = TokenDelivery::custom(
            headerName.isEmpty() ? QStringLiteral("Authorization") : headerName, word);
        t = m.captured(2).trimmed();
        result.removed.append(word);
    } else if (!headerName.isEmpty()) {
        result.delivery = TokenDelivery::custom(headerName, QString());
    }

    if (t.size() >= 2 && ((t.startsWith(QLatin1Char('"')) && t.endsWith(QLatin1Char('"'))) ||
                          (t.startsWith(QLatin1Char('\'')) && t.endsWith(QLatin1Char('\''))))) {
        t = t.mid(1, t.size() - 2).trimmed();
        result.removed.append(QCoreApplication::translate("PastedToken", "quotes"));
    }

    // A JWT never holds white space, so white space inside one is a line wrap to undo. An opaque
    // token with spaces is left alone: who knows what it means.
    if (t.contains(QRegularExpression(QStringLiteral("\\s")))) {
        QString joined = t;
        joined.remove(QRegularExpression(QStringLiteral("\\s+")));
        const qsizetype dots = joined.count(QLatin1Char('.'));
        const bool jwtShaped =
            (dots == 2 || dots == 4) && std::all_of(joined.cbegin(), joined.cend(), isJwtAlphabet);
        if (jwtShaped) {
            t = joined;
            result.removed.append(QCoreApplication::translate("PastedToken", "line breaks"));
        }
    }

    result.token = t;
    return result;
}
