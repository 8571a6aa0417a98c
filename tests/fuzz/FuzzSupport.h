#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>

// Shared by every fuzz target: a core application (translations, QObject timers and file watchers
// want one) and Qt's own messages silenced, so a run's log shows only what libFuzzer reports.
namespace FuzzSupport {

inline void init()
{
    static int argc = 1;
    static char name[] = "tokenbench-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = nullptr;
    if (!app) {
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
        app = new QCoreApplication(argc, argv);
    }
}

// The input without a copy; valid for the call it was given in.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace FuzzSupport

#define TOKENBENCH_FUZZ_INIT                                                                       \
    extern "C" int LLVMFuzzerInitialize(int *, char ***)                                           \
    {                                                                                              \
        FuzzSupport::init();                                                                       \
        return 0;                                                                                  \
    }
