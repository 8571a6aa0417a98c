#include "util/Modules.h"

#include "util/ModulePath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QMutex>
#include <QStringList>

#include <map>
#include <memory>

namespace {

QString executableDir()
{
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
    return QFileInfo(QStringLiteral("/proc/self/exe"))
        .canonicalFilePath()
        .section(QLatin1Char('/'), 0, -2);
}

} // namespace

QStringList Modules::searchPath()
{
    QStringList dirs;
    for (const std::string &dir :
         ModulePath::searchPath(QDir::cleanPath(executableDir()).toStdString()))
        dirs.append(QDir::cleanPath(QString::fromStdString(dir)));
    return dirs;
}

QFunctionPointer Modules::resolve(const char *name, const char *symbol, QString *why)
{
    static QMutex mutex;
    // Loaded for good (PreventUnloadHint): objects of theirs outlive their callers. Destroying a
    // QLibrary at exit does not unload it.
    static std::map<QString, std::unique_ptr<QLibrary>> loaded;
    const QMutexLocker lock(&mutex);
    const QString file = QStringLiteral("libtokenbench_%1.so").arg(QLatin1String(name));
    const auto known = loaded.find(file);
    QLibrary *library = known == loaded.end() ? nullptr : known->second.get();
    if (!library) {
        QString problems;
        for (const QString &dir : searchPath()) {
            const QString path = dir + QLatin1Char('/') + file;
            if (!QFileInfo::exists(path))
                continue;
            auto candidate = std::make_unique<QLibrary>(path);
            candidate->setLoadHints(QLibrary::PreventUnloadHint);
            if (candidate->load()) {
                library = candidate.get();
                loaded.emplace(file, std::move(candidate));
                break;
            }
            problems = candidate->errorString();
        }
        if (!library) {
            if (why) {
                *why = problems.isEmpty() ? QStringLiteral("%1 not found in %2")
                                                .arg(file, searchPath().join(QStringLiteral(", ")))
                                          : problems;
            }
            return nullptr;
        }
    }
    const QFunctionPointer function = library->resolve(symbol);
    if (!function && why)
        *why = library->errorString();
    return function;
}
