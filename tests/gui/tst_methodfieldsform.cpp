#include "MethodFieldsForm.h"

#include "auth/AuthenticatorFactory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

// The form both the login dialog and the profile editor build from a method's descriptor: which
// fields, how each is edited, which may stay empty for this profile, and what it hands back.
class TstMethodFieldsForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretsAreMaskedUntilShown();
    void aSecretIsOptionalAsTheProfileHasIt_data();
    void aSecretIsOptionalAsTheProfileHasIt();
    void anOptionalDateIsEmptyUntilKnown();
    void plainValuesAreTrimmedAndEmptyOnesLeftOut();
    void anotherMethodReplacesTheFields();

private:
    static MethodDescriptor method(const QString &vendor, const QString &name)
    {
        const auto found = AuthenticatorFactory::find(vendor, name);
        return found ? *found : MethodDescriptor{};
    }
};

void TstMethodFieldsForm::secretsAreMaskedUntilShown()
{
    MethodFieldsForm form;
    form.setMethod(method(u"generic"_s, u"basic"_s), MethodFieldsForm::Part::Secrets);
    QCOMPARE(form.fields().size(), 1);
    auto *edit = form.findChild<QLineEdit *>(u"passwordLineEdit"_s);
    auto *show = form.findChild<QToolButton *>(u"passwordShowToolButton"_s);
    QVERIFY(edit && show);
    QCOMPARE(form.findChild<QLabel *>(u"passwordLabel"_s)->text(), u"Password:"_s);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QVERIFY(!form.isFilled());
    QCOMPARE(form.firstEmpty(true), edit);

    // A secret is handed back as typed, spaces and all.
    form.setValue(u"password"_s, u" pass word "_s);
    QCOMPARE(form.values(), (QMap<QString, QString>{{u"password"_s, u" pass word "_s}}));
    QVERIFY(form.isFilled());
    show->click();
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    QCOMPARE(show->text(), u"Hide"_s);
    show->click();
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
}

void TstMethodFieldsForm::aSecretIsOptionalAsTheProfileHasIt_data()
{
    QTest::addColumn<QString>("grant");
    QTest::addColumn<bool>("optional");
    QTest::newRow("client credentials") << u"client_credentials"_s << false;
    QTest::newRow("authorization code") << u"authorization_code"_s << true;
}

void TstMethodFieldsForm::aSecretIsOptionalAsTheProfileHasIt()
{
    QFETCH(QString, grant);
    QFETCH(bool, optional);
    MethodFieldsForm form;
    form.setMethod(method(u"generic"_s, u"oauth2"_s), MethodFieldsForm::Part::Secrets,
                   {{u"grant"_s, grant}});
    auto *label = form.findChild<QLabel *>(u"client_secretLabel"_s);
    auto *edit = form.findChild<QLineEdit *>(u"client_secretLineEdit"_s);
    QVERIFY(label && edit);
    QCOMPARE(label->text().contains(u"(optional)"_s), optional);
    QCOMPARE(edit->placeholderText() == u"Only if required"_s, optional);
    QCOMPARE(form.isFilled(), optional);
}

void TstMethodFieldsForm::anOptionalDateIsEmptyUntilKnown()
{
    MethodFieldsForm form;
    form.setMethod(method(u"scantrust"_s, u"uat"_s), MethodFieldsForm::Part::Settings);
    auto *known = form.findChild<QCheckBox *>(u"valid_untilCheckBox"_s);
    auto *date = form.findChild<QDateEdit *>(u"valid_untilDateEdit"_s);
    QVERIFY(known && date);
    QVERIFY(!date->isEnabled());
    QCOMPARE(form.value(u"valid_until"_s), QString());
    QVERIFY(form.isFilled());

    form.setValue(u"valid_until"_s, u"2031-04-05T00:00:00Z"_s);
    QVERIFY(known->isChecked());
    QVERIFY(date->isEnabled());
    QCOMPARE(form.value(u"valid_until"_s), u"2031-04-05"_s);
    known->click();
    QCOMPARE(form.values(), (QMap<QString, QString>{}));
}

void TstMethodFieldsForm::plainValuesAreTrimmedAndEmptyOnesLeftOut()
{
    MethodFieldsForm form;
    form.setMethod(method(u"generic"_s, u"oauth2"_s), MethodFieldsForm::Part::Settings);
    auto *grant = form.findChild<QComboBox *>(u"grantComboBox"_s);
    QVERIFY(grant);
    QCOMPARE(grant->currentText(), u"client_credentials"_s);
    // No secret among the settings: they are asked when logging in.
    const QList<FieldSpec> fields = form.fields();
    for (const FieldSpec &field : fields)
        QVERIFY2(!field.isSecret(), qPrintable(field.key));
    QCOMPARE(form.findChild<QLineEdit *>(u"client_secretLineEdit"_s), nullptr);

    form.setValue(u"client_id"_s, u"  app-7  "_s);
    form.setValue(u"grant"_s, u"device_code"_s);
    const QMap<QString, QString> values = form.values();
    QCOMPARE(values.value(u"client_id"_s), u"app-7"_s);
    QCOMPARE(values.value(u"grant"_s), u"device_code"_s);
    QVERIFY(!values.contains(u"token_url"_s));
}

void TstMethodFieldsForm::anotherMethodReplacesTheFields()
{
    MethodFieldsForm form;
    form.setMethod(method(u"generic"_s, u"basic"_s), MethodFieldsForm::Part::Settings);
    QVERIFY(form.findChild<QLineEdit *>(u"usernameLineEdit"_s));
    form.setMethod(method(u"generic"_s, u"bearer"_s), MethodFieldsForm::Part::Settings);
    QCOMPARE(form.findChild<QLineEdit *>(u"usernameLineEdit"_s), nullptr);
    QVERIFY(form.findChild<QLineEdit *>(u"headerLineEdit"_s));
    QCOMPARE(form.labels().size(), form.fields().size());
}

QTEST_MAIN(TstMethodFieldsForm)
#include "tst_methodfieldsform.moc"
