#include "AppSettings.h"
#include "net/ProxyRules.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// The proxy decision alone: curl's reading of the proxy variables and of no_proxy.
class TestProxyRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void excluded_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("skips");

        QTest::newRow("empty") << ""
                               << "api.example.com" << 443 << false;
        QTest::newRow("star") << "*"
                              << "api.example.com" << 443 << true;
        QTest::newRow("star among others is no wildcard (curl)")
            << "a.example,*"
            << "api.example.com" << 443 << false;
        QTest::newRow("exact") << "api.example.com"
                               << "api.example.com" << 443 << true;
        QTest::newRow("suffix") << "example.com"
                                << "api.example.com" << 443 << true;
        QTest::newRow("leading dot") << ".example.com"
                                     << "api.example.com" << 443 << true;
        QTest::newRow("leading dot, bare domain") << ".example.com"
                                                  << "example.com" << 443 << true;
        QTest::newRow("not a label boundary") << "ample.com"
                                              << "example.com" << 443 << false;
        QTest::newRow("case") << "EXAMPLE.com"
                              << "Api.Example.COM" << 443 << true;
        QTest::newRow("final dot") << "example.com."
                                   << "api.example.com." << 443 << true;
        QTest::newRow("spaces and commas") << " other.org ,  example.com"
                                           << "api.example.com" << 443 << true;
        QTest::newRow("space separated") << "other.org example.com"
                                         << "x.example.com" << 80 << true;
        QTest::newRow("port matches") << "example.com:8443"
                                      << "api.example.com" << 8443 << true;
        QTest::newRow("port differs") << "example.com:8443"
                                      << "api.example.com" << 443 << false;
        QTest::newRow("ipv4 exact") << "10.1.2.3"
                                    << "10.1.2.3" << 80 << true;
        QTest::newRow("ipv4 other") << "10.1.2.3"
                                    << "10.1.2.4" << 80 << false;
        QTest::newRow("ipv4 cidr") << "10.0.0.0/8"
                                   << "10.200.3.4" << 80 << true;
        QTest::newRow("ipv4 cidr outside") << "10.0.0.0/8"
                                           << "11.0.0.1" << 80 << false;
        QTest::newRow("cidr never matches a name") << "10.0.0.0/8"
                                                   << "ten.example" << 80 << false;
        QTest::newRow("a name never matches an address suffix") << "0.0.1"
                                                                << "10.0.0.1" << 80 << false;
        QTest::newRow("ipv6 exact") << "::1"
                                    << "::1" << 80 << true;
        QTest::newRow("ipv6 bracketed host") << "fd00::/8"
                                             << "[fd12::5]" << 443 << true;
        QTest::newRow("ipv6 bracketed entry with port") << "[fd12::5]:443"
                                                        << "fd12::5" << 443 << true;
        QTest::newRow("ipv6 cidr outside") << "fd00::/8"
                                           << "2001:db8::1" << 443 << false;
    }

    void excluded()
    {
        QFETCH(QString, list);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(bool, skips);
        QCOMPARE(ProxyRules::excluded(list, host, port), skips);
    }

    void choose_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("exclusions");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("proxy");
        QTest::addColumn<QString>("why");

        const QString env = QStringLiteral("env");
        QTest::newRow("none") << "none"
                              << ""
                              << "https://api.example.com/"
                              << ""
                              << "none";
        QTest::newRow("manual http") << "http://proxy.corp:3128"
                                     << ""
                                     << "https://api.example.com/"
                                     << "http://proxy.corp:3128"
                                     << "manual";
        QTest::newRow("manual socks5, default port") << "socks5://proxy.corp"
                                                     << ""
                                                     << "http://api.example.com/"
                                                     << "socks5://proxy.corp:1080"
                                                     << "manual";
        QTest::newRow("manual excluded") << "http://proxy.corp:3128"
                                         << "example.com, 10.0.0.0/8"
                                         << "https://10.3.3.3/api"
                                         << ""
                                         << "no_proxy";
        QTest::newRow("manual proxies loopback (a test's upstream)") << "http://proxy.corp:3128"
                                                                     << ""
                                                                     << "http://127.0.0.1:8080/"
                                                                     << "http://proxy.corp:3128"
                                                                     << "manual";
        QTest::newRow("system https") << "system" << env << "https://api.example.com/"
                                      << "http://secure.proxy:8443"
                                      << "https_proxy";
        QTest::newRow("system http") << "system" << env << "http://api.example.com/"
                                     << "http://plain.proxy:3128"
                                     << "http_proxy";
        QTest::newRow("system no_proxy") << "system" << env << "https://intranet.corp/"
                                         << ""
                                         << "no_proxy";
        QTest::newRow("system loopback") << "system" << env << "http://localhost:9/"
                                         << ""
                                         << "loopback";
        QTest::newRow("inherit reads as system") << "" << env << "http://api.example.com/"
                                                 << "http://plain.proxy:3128"
                                                 << "http_proxy";
    }

    void choose()
    {
        QFETCH(QString, setting);
        QFETCH(QString, exclusions);
        QFETCH(QString, url);
        QFETCH(QString, proxy);
        QFETCH(QString, why);

        auto settings = ProxySettings::parse(setting);
        QVERIFY(settings);
        ProxyRules::Environment env;
        if (exclusions == QLatin1String("env")) {
            env.httpProxy = QStringLiteral("plain.proxy:3128");
            env.httpsProxy = QStringLiteral("http://user:pw@secure.proxy:8443");
            env.noProxy = QStringLiteral(".corp");
        } else {
            settings.value().exclusions = ProxySettings::parseExclusions(exclusions);
        }
        const auto choice = ProxyRules::choose(QUrl(url), settings.value(), env);
        QCOMPARE(choice.proxy.toString(), proxy);
        QCOMPARE(choice.why, why);
    }

    void allProxyIsTheFallback()
    {
        ProxyRules::Environment env;
        env.allProxy = QStringLiteral("socks5://all.proxy:1081");
        env.httpProxy = QStringLiteral("http://plain.proxy:3128");
        ProxySettings system;
        system.mode = ProxySettings::Mode::System;
        QCOMPARE(ProxyRules::choose(QUrl(QStringLiteral("https://a.example/")), system, env)
                     .proxy.toString(),
                 QStringLiteral("socks5://all.proxy:1081"));
        QCOMPARE(ProxyRules::choose(QUrl(QStringLiteral("http://a.example/")), system, env)
                     .proxy.toString(),
                 QStringLiteral("http://plain.proxy:3128"));
    }

    void environmentLikeCurl()
    {
        // curl ignores HTTP_PROXY (httpoxy) but reads HTTPS_PROXY, ALL_PROXY and NO_PROXY.
        qputenv("HTTP_PROXY", "http://ignored:1");
        qunsetenv("http_proxy");
        qputenv("HTTPS_PROXY", "http://upper:2");
        qputenv("https_proxy", "http://lower:3");
        qputenv("NO_PROXY", "upper.example");
        qunsetenv("no_proxy");
        const auto env = ProxyRules::Environment::fromProcess();
        QCOMPARE(env.httpProxy, QString());
        QCOMPARE(env.httpsProxy, QStringLiteral("http://lower:3"));
        QCOMPARE(env.noProxy, QStringLiteral("upper.example"));
        qunsetenv("HTTP_PROXY");
        qunsetenv("HTTPS_PROXY");
        qunsetenv("https_proxy");
        qunsetenv("NO_PROXY");
    }

    void appPreferenceRoundTrip()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat);
        QCOMPARE(AppSettings::load(settings).proxySettings().mode, ProxySettings::Mode::System);
        AppSettings app;
        app.proxy = QStringLiteral("socks5://proxy.corp:1081");
        app.noProxy = QStringLiteral(".corp,10.0.0.0/8");
        app.proxyUser = QStringLiteral("carol");
        app.save(settings);
        const AppSettings back = AppSettings::load(settings);
        QCOMPARE(back, app);
        const ProxySettings proxy = back.proxySettings();
        QCOMPARE(proxy.mode, ProxySettings::Mode::Manual);
        QCOMPARE(proxy.url.toString(), QStringLiteral("socks5://proxy.corp:1081"));
        QCOMPARE(proxy.exclusions.size(), 2);
        QCOMPARE(proxy.user, QStringLiteral("carol"));
        QVERIFY(proxy.password.isEmpty());
        // A hand-edited value that is no proxy reads as the system's.
        settings.setValue(QStringLiteral("network/proxy"), QStringLiteral("ftp://nope"));
        QCOMPARE(AppSettings::load(settings).proxySettings().mode, ProxySettings::Mode::System);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("stored");

        QTest::newRow("empty inherits") << "" << true << "";
        QTest::newRow("none") << "none" << true << "none";
        QTest::newRow("system") << "System" << true << "system";
        QTest::newRow("http") << "http://proxy:3128" << true << "http://proxy:3128";
        QTest::newRow("no scheme is http") << "proxy:3128" << true << "http://proxy:3128";
        QTest::newRow("socks5h") << "socks5h://proxy:1080" << true << "socks5://proxy:1080";
        QTest::newRow("https proxy refused") << "https://proxy:443" << false << "";
        QTest::newRow("password refused") << "http://u:secret@proxy:3128" << false << "";
        QTest::newRow("path refused") << "http://proxy:3128/x" << false << "";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, stored);
        const auto parsed = ProxySettings::parse(text);
        QCOMPARE(parsed.ok(), ok);
        if (ok)
            QCOMPARE(parsed->toString(), stored);
        else
            QVERIFY(!parsed.error().message.contains(QLatin1String("secret")));
    }
};

QTEST_GUILESS_MAIN(TestProxyRules)
#include "tst_proxyrules.moc"
