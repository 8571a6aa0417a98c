#pragma once

#include "MainWindow.h"
#include "ProfileActions.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QObject>

class AppServices;

// The running app's face on the session bus (io.tokenbench.Tokenbench): a keyboard shortcut,
// `tokenbench-cli copy` and a second start of the app ask the window through it. A copy goes the
// way of the window's own Copy Token and Copy Header; the caller hears how it went.
class AppBus : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "io.tokenbench.Tokenbench")

public:
    static QString serviceName() { return QStringLiteral("io.tokenbench.Tokenbench"); }
    static QString objectPath() { return QStringLiteral("/io/tokenbench/Tokenbench"); }
    static QString interfaceName() { return serviceName(); }
    // A failed call's error name: this prefix and the error's kind (see ErrorKinds).
    static QString errorPrefix() { return QStringLiteral("io.tokenbench.Tokenbench.Error."); }

    AppBus(MainWindow *window, AppServices *services, QObject *parent = nullptr);

    // Claims the service name; false when another instance holds it (or there is no bus).
    static bool claimName(QDBusConnection bus);
    // Asks the instance that holds the name to show its window; true when it answered.
    static bool showRunning(QDBusConnection bus);
    // Offers this object's methods on `bus`.
    bool exportOn(QDBusConnection bus);

public Q_SLOTS:
    void CopyToken(const QString &profile);
    void CopyHeader(const QString &profile);
    void Show();

private:
    void copy(const QString &profile, ProfileActions::Copy what);

    MainWindow *m_window;
    AppServices *m_services;
};
