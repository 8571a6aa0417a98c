#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Translations {

void install(QCoreApplication *app, const QLocale &locale)
{
    // English first, so that a language without a translation still reads well; translators
    // installed later are searched first.
    auto *english = new QTranslator(app);
    if (english->load(QStringLiteral(":/i18n/tokenbench_en.qm")))
        QCoreApplication::installTranslator(english);
    else
        delete english;

    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;

    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("tokenbench"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

} // namespace Translations
