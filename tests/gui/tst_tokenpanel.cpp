#include "SecureClipboard.h"
#include "TestClock.h"
#include "TestHttpServer.h"
#include "TestTokens.h"
#include "TokenPanel.h"
#include "jwt/Base64Url.h"
#include "net/HttpClient.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace std::chrono_literals;

namespace {

// RFC 7515 A.3: an ES256 token and its public key.
const char Es256Token[] = "eyJhbGciOiJFUzI1NiJ9."
                          "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFt"
                          "cGxlLmNvbS9pc19yb290Ijp0cnVlfQ."
                          "DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSA"
                          "pmWQxfKTUJqPP3-Kg6NU1Q";
const char Es256Jwks[] = R"({"keys":[{"kty":"EC","crv":"P-256","kid":"a3",)"
                         R"("x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",)"
                         R"("y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}]})";
// RFC 7515 A.1: the HMAC key of the RFC 7519 example token.
const char Rfc7515A1Key[] =
    "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow";

} // namespace

class TstTokenPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pastingFillsTheClaimsTree();
    void timeClaimsShowLocalUtcAndRelative();
    void countdownMovesWhileVisibleOnly();
    void stateAndColourFollowExpiry_data();
    void stateAndColourFollowExpiry();
    void turnsRedTheMomentExpPasses();
    void notBeforeJustAheadIsSaidToBeSkew();
    void copyTokenSetsTextAndSecretHint();
    void copyHeaderUsesTheChosenScheme();
    void pastedHeaderLineIsUnderstood();
    void clipboardNoticeCountsDownAndStepsAside();
    void malformedTokenExplainsItself();
    void opaqueTokenCanBeCopiedAndGivenAnExpiry();
    void encryptedTokenShowsHeaderOnly();
    void unsecuredTokenIsCalledUnsigned();
    void copyButtonsStayPutWhenTheNoticeComes();
    void profileTokenKeepsItsDeliveryAndExpiry();
    void verifyWithAKeyFile();
    void verifyWithASecret();
    void verifyWithAJwksUrl();

private:
    template<typename T>
    T *child(const char *name) const
    {
        auto *w = m_panel->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    QTreeWidgetItem *topLevel(const QString &name) const;
    QTreeWidgetItem *claim(const QString &section, const QString &name) const;

    std::unique_ptr<TestClock> m_clock;
    SecureClipboard *m_clipboard = nullptr;
    TokenPanel *m_panel = nullptr;
};

void TstTokenPanel::initTestCase()
{
    Translations::install(QCoreApplication::instance(), QLocale(QLocale::English));
}

void TstTokenPanel::init()
{
    QGuiApplication::clipboard()->clear();
    m_clock = std::make_unique<TestClock>();
    m_clipboard = new SecureClipboard;
    m_panel = new TokenPanel(m_clipboard);
    m_panel->resize(900, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TstTokenPanel::cleanup()
{
    delete m_panel;
    delete m_clipboard;
    m_clock.reset();
}

QTreeWidgetItem *TstTokenPanel::topLevel(const QString &name) const
{
    auto *tree = child<QTreeWidget>("claimsTreeWidget");
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0) == name)
            return tree->topLevelItem(i);
    return nullptr;
}

QTreeWidgetItem *TstTokenPanel::claim(const QString &section, const QString &name) const
{
    QTreeWidgetItem *parent = topLevel(section);
    for (int i = 0; parent && i < parent->childCount(); ++i)
        if (parent->child(i)->text(0) == name)
            return parent->child(i);
    return nullptr;
}

void TstTokenPanel::pastingFillsTheClaimsTree()
{
    QGuiApplication::clipboard()->setText(QString::fromLatin1(TestTokens::Rfc7519Example));
    QTest::mouseClick(child<QPushButton>("pasteButton"), Qt::LeftButton);

    QVERIFY(m_panel->token().isJwt());
    QTreeWidgetItem *payload = topLevel(QStringLiteral("Payload"));
    QVERIFY(payload);
    // Claims in the token's own order, with their values.
    QCOMPARE(payload->childCount(), 3);
    QCOMPARE(payload->child(0)->text(0), QStringLiteral("iss"));
    QCOMPARE(payload->child(0)->text(1), QStringLiteral("joe"));
    QCOMPARE(payload->child(0)->text(2), QStringLiteral("Issuer"));
    QCOMPARE(payload->child(1)->text(0), QStringLiteral("exp"));
    QCOMPARE(payload->child(2)->text(0), QStringLiteral("http://example.com/is_root"));
    QCOMPARE(payload->child(2)->text(1), QStringLiteral("true"));
    QCOMPARE(claim(QStringLiteral("Header"), QStringLiteral("alg"))->text(1),
             QStringLiteral("HS256"));
    QVERIFY(topLevel(QStringLiteral("Signature"))->text(2).contains(QLatin1String("Not verified")));
    QVERIFY(child<QLabel>("kindLabel")->text().contains(QLatin1String("signature not verified")));
    QVERIFY(child<QPlainTextEdit>("payloadJsonTextEdit")
                ->toPlainText()
                .startsWith(QLatin1String("{\n  \"iss\": \"joe\",\n  \"exp\": 1300819380")));
}

void TstTokenPanel::timeClaimsShowLocalUtcAndRelative()
{
    m_panel->setTokenText(QString::fromLatin1(TestTokens::Rfc7519Example));
    QTreeWidgetItem *exp = claim(QStringLiteral("Payload"), QStringLiteral("exp"));
    QVERIFY(exp);
    QCOMPARE(exp->text(1), QStringLiteral("1300819380"));
    QVERIFY2(exp->text(2).startsWith(QStringLiteral("Expiration time · 15 years ago")),
             qPrintable(exp->text(2)));
    QCOMPARE(exp->childCount(), 2);
    QCOMPARE(exp->child(0)->text(0), QStringLiteral("Local time"));
    const QString local = exp->child(0)->text(1);
    QVERIFY2(local.contains(QDateTime::fromSecsSinceEpoch(1300819380)
                                .toLocalTime()
                                .toString(QStringLiteral("HH:mm:ss"))),
             qPrintable(local));
    QCOMPARE(exp->child(1)->text(0), QStringLiteral("UTC"));
    QCOMPARE(exp->child(1)->text(1), QStringLiteral("2011-03-22 18:43:00 UTC"));
}

void TstTokenPanel::countdownMovesWhileVisibleOnly()
{
    m_panel->setTokenText(QString::fromLatin1(TestTokens::expiringIn(3 * 3600)));
    auto *countdown = child<QLabel>("countdownLabel");
    QCOMPARE(countdown->text(), QStringLiteral("Expires in 3 h 00 min 00 s"));
    QVERIFY(m_panel->isTicking());
    m_clock->advance(999ms);
    QCOMPARE(countdown->text(), QStringLiteral("Expires in 3 h 00 min 00 s"));
    m_clock->advance(1ms);
    QCOMPARE(countdown->text(), QStringLiteral("Expires in 2 h 59 min 59 s"));
    m_clock->advance(1s);
    QCOMPARE(countdown->text(), QStringLiteral("Expires in 2 h 59 min 58 s"));

    // Hidden, it stops ticking; shown again, it resumes with the right time.
    m_panel->hide();
    QVERIFY(!m_panel->isTicking());
    m_clock->advance(5s);
    QCOMPARE(countdown->text(), QStringLiteral("Expires in 2 h 59 min 58 s"));
    m_panel->show();
    QVERIFY(m_panel->isTicking());
    QCOMPARE(countdown->text(), QStringLiteral("Expires in 2 h 59 min 53 s"));
}

void TstTokenPanel::stateAndColourFollowExpiry_data()
{
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("colour");
    QTest::newRow("valid") << qint64(3600) << "Valid"
                           << "#2e7d32";
    QTest::newRow("expiring soon") << qint64(120) << "Expiring soon"
                                   << "#c77700";
    QTest::newRow("expired") << qint64(-3600) << "Expired"
                             << "#c62828";
    QTest::newRow("expired 30 s ago") << qint64(-30) << "Expired"
                                      << "#c62828";
}

void TstTokenPanel::stateAndColourFollowExpiry()
{
    QFETCH(qint64, secondsLeft);
    QFETCH(QString, state);
    QFETCH(QString, colour);
    m_panel->setTokenText(QString::fromLatin1(TestTokens::expiringIn(secondsLeft)));
    auto *label = child<QLabel>("stateLabel");
    QCOMPARE(label->text(), state);
    QVERIFY2(label->styleSheet().contains(colour), qPrintable(label->styleSheet()));
    QVERIFY(child<QLabel>("countdownLabel")->styleSheet().contains(colour));
}

void TstTokenPanel::turnsRedTheMomentExpPasses()
{
    m_panel->setTokenText(QString::fromLatin1(TestTokens::expiringIn(2)));
    auto *state = child<QLabel>("stateLabel");
    auto *countdown = child<QLabel>("countdownLabel");
    QCOMPARE(state->text(), QStringLiteral("Expiring soon"));
    QCOMPARE(countdown->text(), QStringLiteral("Expires in 2 s"));
    m_clock->advance(1s);
    QCOMPARE(countdown->text(), QStringLiteral("Expires in 1 s"));
    m_clock->advance(999ms);
    QCOMPARE(countdown->text(), QStringLiteral("Expires in 1 s"));

    m_clock->advance(1ms); // exp
    QCOMPARE(state->text(), QStringLiteral("Expired"));
    QVERIFY2(state->styleSheet().contains(QLatin1String("#c62828")),
             qPrintable(state->styleSheet()));
    QVERIFY(countdown->styleSheet().contains(QLatin1String("#c62828")));
    QCOMPARE(countdown->text(), QStringLiteral("Expired just now"));
    // A server's clock may lag: that allowance is named for what it is.
    auto *expiry = child<QLabel>("expiryLabel");
    QVERIFY2(expiry->text().contains(QLatin1String("clock-skew allowance, not life left")),
             qPrintable(expiry->text()));

    // Past exp the count goes up as time since expiry, never as time left.
    m_clock->advance(3s);
    QCOMPARE(state->text(), QStringLiteral("Expired"));
    QCOMPARE(countdown->text(), QStringLiteral("Expired 3 s ago"));
    m_clock->advance(57s);
    QCOMPARE(countdown->text(), QStringLiteral("Expired 1 min 00 s ago"));
    QVERIFY2(!expiry->text().contains(QLatin1String("clock-skew")), qPrintable(expiry->text()));
}

void TstTokenPanel::notBeforeJustAheadIsSaidToBeSkew()
{
    // Issued by a server whose clock is 20 s ahead of ours.
    const QByteArray nbf = "\"nbf\":" + QByteArray::number(Clock::now().toSecsSinceEpoch() + 20);
    m_panel->setTokenText(QString::fromLatin1(TestTokens::expiringIn(3600, nbf)));
    QCOMPARE(child<QLabel>("stateLabel")->text(), QStringLiteral("Valid"));
    QCOMPARE(child<QLabel>("countdownLabel")->text(), QStringLiteral("Expires in 1 h 00 min 00 s"));
    const QString expiry = child<QLabel>("expiryLabel")->text();
    QVERIFY2(expiry.contains(QLatin1String("Valid from ")), qPrintable(expiry));
    QVERIFY2(expiry.contains(QLatin1String("allowed for clock skew")), qPrintable(expiry));
    m_clock->advance(20s);
    QVERIFY(!child<QLabel>("expiryLabel")->text().contains(QLatin1String("clock skew")));
}

void TstTokenPanel::copyTokenSetsTextAndSecretHint()
{
    const QString token = QString::fromLatin1(TestTokens::expiringIn(600));
    m_panel->setTokenText(token + QStringLiteral("\n"));
    QTest::mouseClick(child<QPushButton>("copyTokenButton"), Qt::LeftButton);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QCOMPARE(mime->text(), token);
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
}

void TstTokenPanel::copyHeaderUsesTheChosenScheme()
{
    const QString token = QString::fromLatin1(TestTokens::expiringIn(600));
    m_panel->setTokenText(token);
    QTest::mouseClick(child<QPushButton>("copyHeaderButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("Authorization: Bearer ") + token);

    auto *combo = child<QComboBox>("deliveryComboBox");
    combo->setCurrentIndex(combo->findText(QStringLiteral("Authorization: JWT <token>")));
    QTest::mouseClick(child<QPushButton>("copyHeaderButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Authorization: JWT ") + token);
    QCOMPARE(
        QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
        QByteArray("secret"));
}

void TstTokenPanel::pastedHeaderLineIsUnderstood()
{
    m_panel->setTokenText(QStringLiteral("Authorization: UAT 0a1b2c3d4e5f"));
    QCOMPARE(m_panel->token().raw(), QStringLiteral("0a1b2c3d4e5f"));
    QCOMPARE(child<QComboBox>("deliveryComboBox")->currentText(),
             QStringLiteral("Authorization: UAT <token>"));
    QVERIFY(child<QLabel>("inputNoteLabel")->isVisible());
    QTest::mouseClick(child<QPushButton>("copyTokenButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("0a1b2c3d4e5f"));
}

void TstTokenPanel::clipboardNoticeCountsDownAndStepsAside()
{
    m_clipboard->setClearDelay(30);
    m_panel->setTokenText(QString::fromLatin1(TestTokens::expiringIn(600)));
    QTest::mouseClick(child<QPushButton>("copyTokenButton"), Qt::LeftButton);
    auto *notice = child<QLabel>("clipboardLabel");
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QLatin1String("cleared in 30 seconds")),
             qPrintable(notice->text()));
    // The count steps down a second at a time.
    m_clock->advance(1s);
    QVERIFY2(notice->text().contains(QLatin1String("cleared in 29 seconds")),
             qPrintable(notice->text()));
    QVERIFY(child<QPushButton>("clearClipboardButton")->isVisible());

    // Someone copies something else: the panel says the clipboard is left alone.
    QGuiApplication::clipboard()->setText(QStringLiteral("unrelated"));
    QTRY_VERIFY(notice->text().contains(QLatin1String("left as it is")));
    QVERIFY(!child<QPushButton>("clearClipboardButton")->isVisible());
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("unrelated"));

    // "Clear now" clears our own copy at once.
    QTest::mouseClick(child<QPushButton>("copyTokenButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>("clearClipboardButton"), Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QVERIFY(notice->text().contains(QLatin1String("was cleared")));
}

void TstTokenPanel::malformedTokenExplainsItself()
{
    m_panel->setTokenText(QStringLiteral("eyJhbGciOiJIUzI1NiJ9.ey+hello.sig"));
    auto *message = child<QLabel>("messageLabel");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("payload segment is not valid base64url")),
             qPrintable(message->text()));
    QCOMPARE(topLevel(QStringLiteral("Payload")), nullptr);
    // Still a string someone may want to copy.
    QVERIFY(child<QPushButton>("copyTokenButton")->isEnabled());

    m_panel->setTokenText(QString());
    QCOMPARE(child<QLabel>("stateLabel")->text(), QStringLiteral("No token"));
    QVERIFY(!child<QPushButton>("copyTokenButton")->isEnabled());
    QVERIFY(!message->isVisible());
}

void TstTokenPanel::opaqueTokenCanBeCopiedAndGivenAnExpiry()
{
    m_panel->setTokenText(QStringLiteral("8c1f7e52a9d04b3f"));
    QCOMPARE(child<QLabel>("stateLabel")->text(), QStringLiteral("No expiry known"));
    QVERIFY(child<QLabel>("kindLabel")->text().startsWith(QLatin1String("Opaque token")));
    QVERIFY(!child<QLabel>("messageLabel")->isVisible());
    QVERIFY(!m_panel->isTicking());

    auto *stated = child<QCheckBox>("statedExpiryCheckBox");
    QVERIFY(stated->isVisible());
    child<QDateTimeEdit>("statedExpiryDateTimeEdit")
        ->setDateTime(Clock::now().toLocalTime().addSecs(2 * 3600 + 30));
    stated->setChecked(true);
    QCOMPARE(m_panel->token().expirySource(), Token::ExpirySource::StatedByUser);
    QCOMPARE(child<QLabel>("stateLabel")->text(), QStringLiteral("Valid"));
    QVERIFY2(child<QLabel>("countdownLabel")->text().startsWith(QLatin1String("Expires in 2 h")),
             qPrintable(child<QLabel>("countdownLabel")->text()));
    QVERIFY(m_panel->isTicking());
    QVERIFY(child<QLabel>("expiryLabel")->text().contains(QLatin1String("as stated by you")));
}

void TstTokenPanel::encryptedTokenShowsHeaderOnly()
{
    m_panel->setTokenText(QStringLiteral("eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..aXY.Y3Q.dGFn"));
    QVERIFY(m_panel->token().isJwt());
    QCOMPARE(claim(QStringLiteral("Header"), QStringLiteral("enc"))->text(1),
             QStringLiteral("A128GCM"));
    QCOMPARE(topLevel(QStringLiteral("Payload"))->text(1), QStringLiteral("encrypted"));
    QCOMPARE(topLevel(QStringLiteral("Payload"))->childCount(), 0);
    QVERIFY(child<QLabel>("kindLabel")->text().contains(QLatin1String("Encrypted JWT (JWE)")));
}

void TstTokenPanel::unsecuredTokenIsCalledUnsigned()
{
    m_panel->setTokenText(QStringLiteral("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."));
    QVERIFY(child<QLabel>("kindLabel")->text().contains(QLatin1String("unsigned")));
    QCOMPARE(topLevel(QStringLiteral("Signature"))->text(1), QStringLiteral("none"));
    QVERIFY(!child<QLabel>("kindLabel")->text().contains(QLatin1String("verified")));

    // An unsigned token that has expired says so like any other.
    const QByteArray payload = QByteArray(R"({"sub":"x","exp":)") +
                               QByteArray::number(Clock::now().toSecsSinceEpoch() - 3600) + '}';
    m_panel->setTokenText(QStringLiteral("eyJhbGciOiJub25lIn0.") +
                          QString::fromLatin1(payload.toBase64(QByteArray::Base64UrlEncoding |
                                                               QByteArray::OmitTrailingEquals)) +
                          QLatin1Char('.'));
    QVERIFY(child<QLabel>("kindLabel")->text().contains(QLatin1String("unsigned")));
    QCOMPARE(child<QLabel>("stateLabel")->text(), QStringLiteral("Expired"));
    QVERIFY2(child<QLabel>("countdownLabel")->text().contains(QLatin1String("ago")),
             qPrintable(child<QLabel>("countdownLabel")->text()));
}

// The bug: the clipboard notice appeared below the copy buttons and pushed them up, under the
// cursor of someone about to click the other one.
void TstTokenPanel::copyButtonsStayPutWhenTheNoticeComes()
{
    m_panel->resize(900, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    m_panel->setTokenText(QString::fromLatin1(TestTokens::expiringIn(3600)));
    auto *copyToken = child<QPushButton>("copyTokenButton");
    auto *copyHeader = child<QPushButton>("copyHeaderButton");
    QVERIFY(!child<QLabel>("clipboardLabel")->isVisible());
    const QPoint tokenAt = copyToken->mapTo(m_panel, QPoint());
    const QPoint headerAt = copyHeader->mapTo(m_panel, QPoint());
    QTest::mouseClick(copyToken, Qt::LeftButton);
    QVERIFY(child<QLabel>("clipboardLabel")->isVisible());
    QApplication::processEvents(); // the layout settles
    QCOMPARE(copyToken->mapTo(m_panel, QPoint()), tokenAt);
    QCOMPARE(copyHeader->mapTo(m_panel, QPoint()), headerAt);
}

void TstTokenPanel::profileTokenKeepsItsDeliveryAndExpiry()
{
    // A Password Safe session: an opaque cookie whose expiry is the server's idle timeout.
    Token session = Token::fromRaw(QStringLiteral("b3f1c2d4e5"), Token::Source::Login,
                                   TokenDelivery::cookie(QStringLiteral("ASP.NET_SessionId")));
    session.setIdleExpiry(20 * 60);
    m_panel->setToken(session, QStringLiteral("Token of ps-prod"));
    QCOMPARE(m_panel->token().expirySource(), Token::ExpirySource::IdleTimeout);
    QCOMPARE(child<QLabel>("stateLabel")->text(), QStringLiteral("Valid"));
    QCOMPARE(child<QLabel>("countdownLabel")->text(), QStringLiteral("Expires in 20 min 00 s"));
    QVERIFY(!child<QCheckBox>("statedExpiryCheckBox")->isVisible());
    QVERIFY(!child<QComboBox>("deliveryComboBox")->isEnabled());
    QCOMPARE(child<QLabel>("inputNoteLabel")->text(), QStringLiteral("Token of ps-prod"));
    QTest::mouseClick(child<QPushButton>("copyHeaderButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("Cookie: ASP.NET_SessionId=b3f1c2d4e5"));

    // Typing over it makes it a pasted token again, with the schemes to choose from.
    m_panel->setTokenText(QStringLiteral("opaque-value-123"));
    QVERIFY(child<QComboBox>("deliveryComboBox")->isEnabled());
    QCOMPARE(m_panel->token().expirySource(), Token::ExpirySource::Unknown);
}

void TstTokenPanel::verifyWithAKeyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("jwks.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Es256Jwks);
    file.close();

    m_panel->setTokenText(QString::fromLatin1(Es256Token));
    auto *verifyButton = child<QPushButton>("verifyButton");
    QVERIFY(verifyButton->isEnabled());
    QSignalSpy checked(m_panel, &TokenPanel::signatureChecked);
    m_panel->verifySignature(path);
    QCOMPARE(checked.size(), 1);
    const QString valid = QStringLiteral("Signature valid: ES256, key \"a3\" from %1.").arg(path);
    QVERIFY2(child<QLabel>("kindLabel")->text().contains(valid),
             qPrintable(child<QLabel>("kindLabel")->text()));
    QCOMPARE(topLevel(QStringLiteral("Signature"))->text(2), valid);

    // Another token: the verdict was for the one before.
    QByteArray tampered = Es256Token;
    tampered[tampered.size() - 10] = tampered.at(tampered.size() - 10) == 'A' ? 'B' : 'A';
    m_panel->setTokenText(QString::fromLatin1(tampered));
    QVERIFY(child<QLabel>("kindLabel")->text().contains(QLatin1String("signature not verified")));
    m_panel->verifySignature(path);
    QVERIFY2(child<QLabel>("kindLabel")->text().contains(QLatin1String("Signature not verified: ")),
             qPrintable(child<QLabel>("kindLabel")->text()));

    // Nothing to verify in an unsigned or opaque token.
    m_panel->setTokenText(QStringLiteral("opaque-token-value"));
    QVERIFY(!verifyButton->isEnabled());
}

void TstTokenPanel::verifyWithASecret()
{
    m_panel->setTokenText(QString::fromLatin1(TestTokens::Rfc7519Example));
    m_panel->verifySignatureWithSecret(*Base64Url::decode(Rfc7515A1Key));
    QVERIFY2(child<QLabel>("kindLabel")
                 ->text()
                 .contains(QLatin1String("Signature valid: HS256, key from the secret typed.")),
             qPrintable(child<QLabel>("kindLabel")->text()));
    m_panel->verifySignatureWithSecret("not the secret");
    QVERIFY(child<QLabel>("kindLabel")->text().contains(QLatin1String("Signature not verified")));
    QVERIFY(!child<QLabel>("kindLabel")->text().contains(QLatin1String("not the secret")));
}

void TstTokenPanel::verifyWithAJwksUrl()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/jwks", TestResponse::json(200, Es256Jwks));
    QNetworkAccessManager manager;
    HttpClient http(&manager);
    m_panel->setHttpClient(&http);
    m_panel->setTokenText(QString::fromLatin1(Es256Token));
    QSignalSpy checked(m_panel, &TokenPanel::signatureChecked);
    const QString url = server.url("/jwks").toString();
    m_panel->verifySignature(url);
    QVERIFY(checked.wait(10000));
    QVERIFY2(child<QLabel>("kindLabel")
                 ->text()
                 .contains(QStringLiteral("Signature valid: ES256, key \"a3\" from %1.").arg(url)),
             qPrintable(child<QLabel>("kindLabel")->text()));

    // By discovery from the issuer the person names, which the token must name too.
    const QString issuer = server.url("/idp").toString();
    server.route("/idp/.well-known/openid-configuration",
                 TestResponse::json(200, R"({"issuer":")" + issuer.toUtf8() + R"(","jwks_uri":")" +
                                             server.url("/jwks").toEncoded() + R"("})"));
    m_panel->verifySignatureFromIssuer(issuer);
    QVERIFY(checked.wait(10000));
    // The RFC example says "iss": "joe": the keys fit, the issuer does not.
    QVERIFY2(child<QLabel>("kindLabel")
                 ->text()
                 .contains(QStringLiteral("the issuer is \"joe\", not \"%1\"").arg(issuer)),
             qPrintable(child<QLabel>("kindLabel")->text()));
    m_panel->setHttpClient(nullptr);
}

QTEST_MAIN(TstTokenPanel)
#include "tst_tokenpanel.moc"
