#pragma once

#include <QLocale>

class QCoreApplication;

namespace Translations {

// Installs Tokenbench's and Qt's own translations for `locale` into `app`. English is a
// translation too: it supplies the plural forms of the source strings ("%n day(s)" -> "3 days").
void install(QCoreApplication *app, const QLocale &locale = QLocale());

} // namespace Translations
