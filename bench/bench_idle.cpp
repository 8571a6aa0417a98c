// bench_idle: Tokenbench's main window left alone, for measuring what idling costs.
//
// Builds the window exactly as the app does (AppServices over a profile folder, MainWindow),
// pastes a signed JWT that expires in two hours into the token panel so its countdown ticks,
// and then does nothing. With --hidden the window is hidden once it has been shown, as when it
// is sent to the tray. The CPU time and wake-ups are read from outside, from /proc/PID (see
// bench/idle.sh), so the measurement adds no wake-up of its own.
//
//   bench_idle --config-dir DIR [--hidden] [--trace-paints]
// Prints "READY" on standard output once the token is shown (and the window hidden).
// --trace-paints: prints every widget painted after that, with the area, on standard error (to
// find what a tick repaints; it costs wake-ups of its own, so not for measuring).

#include "AppServices.h"
#include "MainWindow.h"
#include "TokenPanel.h"

#include <QApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPaintEvent>
#include <QTimer>

#include <cstdio>

namespace {

QByteArray part(const QJsonObject &json)
{
    return QJsonDocument(json)
        .toJson(QJsonDocument::Compact)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

class PaintTracer : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()) {
            const QRect r = static_cast<QPaintEvent *>(event)->rect();
            std::fprintf(stderr, "paint %s %s %dx%d\n", watched->metaObject()->className(),
                         qPrintable(watched->objectName()), r.width(), r.height());
        }
        return QObject::eventFilter(watched, event);
    }
};

QString jwtExpiringIn(qint64 seconds)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject payload{{QStringLiteral("sub"), QStringLiteral("bench-idle")},
                              {QStringLiteral("iat"), now},
                              {QStringLiteral("exp"), now + seconds}};
    return QString::fromLatin1(part(header) + '.' + part(payload) + '.' +
                               QByteArray(32, 'x').toBase64(QByteArray::Base64UrlEncoding |
                                                            QByteArray::OmitTrailingEquals));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Tokenbench"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tokenbench"));
    const QStringList args = app.arguments();
    AppServices::Options options;
    const qsizetype at = args.indexOf(QLatin1String("--config-dir"));
    if (at > 0 && at + 1 < args.size())
        options.configDir = args.at(at + 1);
    options.sessionOnly = true;
    const bool hidden = args.contains(QLatin1String("--hidden"));

    AppServices services(options);
    MainWindow window(&services);
    window.show();
    auto *panel = window.findChild<TokenPanel *>(QStringLiteral("tokenPanel"));
    if (!panel)
        qFatal("no token panel");
    panel->setTokenText(jwtExpiringIn(2 * 3600));
    // Let start-up work (history opening, first paints) finish before saying we are idle.
    PaintTracer tracer;
    QTimer::singleShot(1500, &window, [&] {
        if (hidden)
            window.hide();
        if (args.contains(QLatin1String("--trace-paints")))
            app.installEventFilter(&tracer);
        std::printf("READY ticking=%d\n", panel->isTicking() ? 1 : 0);
        std::fflush(stdout);
    });
    return QApplication::exec();
}
