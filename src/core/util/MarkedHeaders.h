#pragma once

#include <QString>
#include <QStringList>

class QSettings;

// The header names a person marked secret in the desktop app's Preferences, on top of those
// Redactor knows by their names. Kept in the app's settings; the CLI reads them from there too.
namespace MarkedHeaders {

// "X-Tenant, X-Sig": names separated by commas, semicolons or white space, each kept once (in
// the case first written); what cannot be a header name is left out.
QStringList parse(const QString &text);

QStringList read(const QSettings &settings);
void write(QSettings &settings, const QStringList &names);

// The desktop app's settings (organisation and application "Tokenbench"), whichever face reads.
QStringList readDesktopSettings();

} // namespace MarkedHeaders
