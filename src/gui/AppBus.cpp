#include "AppBus.h"

#include "AppServices.h"
#include "util/ErrorKinds.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>

AppBus::AppBus(MainWindow *window, AppServices *services, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_services(services)
{}

bool AppBus::claimName(QDBusConnection bus)
{
    if (!bus.isConnected() || !bus.interface())
        return false;
    // Not queued behind the holder, and not taken over from it: one app a desktop session.
    const QDBusReply<QDBusConnectionInterface::RegisterServiceReply> reply =
        bus.interface()->registerService(serviceName(), QDBusConnectionInterface::DontQueueService,
                                         QDBusConnectionInterface::DontAllowReplacement);
    return reply.isValid() && reply.value() == QDBusConnectionInterface::ServiceRegistered;
}

bool AppBus::showRunning(QDBusConnection bus)
{
    if (!bus.isConnected())
        return false;
    const QDBusMessage call = QDBusMessage::createMethodCall(
        serviceName(), objectPath(), interfaceName(), QStringLiteral("Show"));
    return bus.call(call, QDBus::Block, 5000).type() == QDBusMessage::ReplyMessage;
}

bool AppBus::exportOn(QDBusConnection bus)
{
    return bus.registerObject(objectPath(), this, QDBusConnection::ExportAllSlots);
}

void AppBus::CopyToken(const QString &profile)
{
    copy(profile, ProfileActions::Copy::Token);
}

void AppBus::CopyHeader(const QString &profile)
{
    copy(profile, ProfileActions::Copy::Header);
}

void AppBus::Show()
{
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void AppBus::copy(const QString &name, ProfileActions::Copy what)
{
    const auto profile = m_services->profiles().find(name);
    if (!profile) {
        sendErrorReply(errorPrefix() + ErrorKinds::name(Error::Kind::NotFound),
                       tr("No profile named '%1'.").arg(name));
        return;
    }
    // The answer waits for the copy: a login may have to come first.
    setDelayedReply(true);
    const QDBusMessage call = message();
    QDBusConnection bus = connection();
    m_window->profileActions()->copy(
        profile->id, what, [call, bus](const Result<bool> &copied) mutable {
            if (copied)
                bus.send(call.createReply());
            else
                bus.send(call.createErrorReply(
                    errorPrefix() + ErrorKinds::name(copied.error().kind), copied.error().message));
        });
}
