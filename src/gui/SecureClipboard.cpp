#include "SecureClipboard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMimeData>

SecureClipboard::SecureClipboard(QObject *parent)
    : QObject(parent)
{
    m_clearTimer.setObjectName(QStringLiteral("clipboardClearTimer"));
    m_clearTimer.setTimerType(Qt::PreciseTimer);
    m_tickTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_clearTimer, &DeadlineTimer::timeout, this, &SecureClipboard::clearNow);
    connect(&m_tickTimer, &DeadlineTimer::timeout, this, [this] {
        Q_EMIT countdownChanged(secondsUntilClear());
        scheduleTick();
    });
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this,
            &SecureClipboard::onClipboardChanged);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &SecureClipboard::clearNow);
}

SecureClipboard::~SecureClipboard()
{
    if (qGuiApp)
        clearNow();
}

QMimeData *SecureClipboard::secretMimeData(const QString &text)
{
    auto *mime = new QMimeData;
    mime->setText(text);
#if defined(Q_OS_MACOS)
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), text.toUtf8());
#elif defined(Q_OS_WIN)
    // The Windows clipboard history and cloud clipboard skip data carrying this format.
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"),
                  QByteArray(4, '\0'));
#else
    // Klipper and other clipboard managers on Linux honour this hint and keep no copy.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
#endif
    return mime;
}

void SecureClipboard::setClearDelay(int seconds)
{
    m_clearDelay = qMax(0, seconds);
}

void SecureClipboard::copySecret(const QString &text, const QString &what)
{
    m_what = what.isEmpty() ? tr("A secret was copied.") : what;
    m_settingClipboard = true;
    QGuiApplication::clipboard()->setMimeData(secretMimeData(text), QClipboard::Clipboard);
    m_settingClipboard = false;
    m_secret = text;
    if (m_clearDelay > 0) {
        m_clearTimer.startIn(m_clearDelay * 1000LL);
        scheduleTick();
    } else {
        m_clearTimer.stop();
        m_tickTimer.stop();
    }
    Q_EMIT copied();
    Q_EMIT countdownChanged(secondsUntilClear());
}

bool SecureClipboard::holdsSecret() const
{
    if (m_secret.isEmpty())
        return false;
    const QMimeData *current = QGuiApplication::clipboard()->mimeData(QClipboard::Clipboard);
    return current && current->hasText() && current->text() == m_secret;
}

int SecureClipboard::secondsUntilClear() const
{
    if (!m_clearTimer.isActive())
        return -1;
    return qBound(1, int((m_clearTimer.remainingTime() + 999) / 1000), m_clearDelay);
}

void SecureClipboard::scheduleTick()
{
    // The next moment the whole seconds left step down, unless that is the clear itself.
    const qint64 left = m_clearTimer.remainingTime();
    const qint64 step = left % 1000 == 0 ? 1000 : left % 1000;
    if (left > step)
        m_tickTimer.startIn(step);
    else
        m_tickTimer.stop();
}

void SecureClipboard::clearNow()
{
    if (m_secret.isEmpty())
        return;
    const bool ours = holdsSecret();
    forget();
    if (ours) {
        m_settingClipboard = true;
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
        m_settingClipboard = false;
        Q_EMIT cleared();
    }
}

void SecureClipboard::onClipboardChanged()
{
    if (m_settingClipboard || m_secret.isEmpty() || holdsSecret())
        return;
    forget();
    Q_EMIT released();
}

void SecureClipboard::forget()
{
    m_secret.clear();
    m_clearTimer.stop();
    m_tickTimer.stop();
}
