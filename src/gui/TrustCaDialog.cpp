#include "TrustCaDialog.h"

#include "net/TlsFiles.h"
#include "profiles/ProfileStore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel *selectable(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

TrustCaDialog::TrustCaDialog(const CaTrust::Offer &offer, const QString &profileName,
                             const QString &file, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("trustCaDialog"));
    setWindowTitle(tr("Trust Certificate Authority"));
    const QSslCertificate &certificate = offer.certificate;

    auto *layout = new QVBoxLayout(this);
    auto *question = selectable(
        tr("Trust this certificate authority for the profile %1? Requests of this profile will "
           "then accept every certificate it signed.")
            .arg(profileName),
        QStringLiteral("questionLabel"), this);
    layout->addWidget(question);

    auto *form = new QFormLayout;
    form->addRow(tr("Subject:"),
                 selectable(TlsFiles::subject(certificate), QStringLiteral("subjectLabel"), this));
    form->addRow(tr("Issued by:"),
                 selectable(TlsFiles::issuer(certificate), QStringLiteral("issuerLabel"), this));
    form->addRow(tr("Valid:"),
                 selectable(tr("from %1 to %2")
                                .arg(certificate.effectiveDate().toUTC().toString(Qt::ISODate),
                                     certificate.expiryDate().toUTC().toString(Qt::ISODate)),
                            QStringLiteral("validityLabel"), this));
    auto *fingerprint =
        selectable(TlsFiles::sha256(certificate), QStringLiteral("fingerprintLabel"), this);
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    form->addRow(tr("SHA-256:"), fingerprint);
    layout->addLayout(form);

    // Servers often send their own certificate and intermediates, without the root: what is
    // offered is the top of what was sent, and a person should know which kind it is.
    const QString kind =
        offer.selfSigned
            ? tr("This is the topmost certificate of the %n the server sent, a self-signed root.",
                 nullptr, offer.chainLength)
            : tr("This is the topmost certificate of the %n the server sent, and it is not "
                 "self-signed: it is an intermediate authority (issued by %1), not a root. If the "
                 "server is still refused after you trust it, ask for the root certificate and "
                 "set it as the profile's CA file.",
                 nullptr, offer.chainLength)
                  .arg(TlsFiles::issuer(certificate));
    layout->addWidget(selectable(kind, QStringLiteral("kindLabel"), this));
    auto *advice = selectable(
        tr("Compare the fingerprint with the one whoever runs the server gives you before you "
           "trust it. It is kept for this profile alone, in %1.")
            .arg(QDir::toNativeSeparators(file)),
        QStringLiteral("adviceLabel"), this);
    advice->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(advice);

    auto *buttons = new QDialogButtonBox(this);
    m_trust = buttons->addButton(tr("&Trust"), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trustButton"));
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    // Trusting is the step to think about: Enter cancels.
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void TrustCaDialog::ask(QWidget *parent, ProfileStore &profiles, const QUuid &id,
                        const CaTrust::Offer &offer, std::function<void(const Result<bool> &)> done)
{
    const auto profile = profiles.find(id);
    if (!profile)
        return;
    auto *dialog = new TrustCaDialog(offer, profile->name, CaTrust::fileFor(id), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ProfileStore> store(&profiles);
    const QSslCertificate certificate = offer.certificate;
    connect(dialog, &QDialog::finished, dialog, [store, id, certificate, done](int result) {
        if (result != QDialog::Accepted || !store)
            return done(false);
        // The profile as it is now: it may have been edited while the dialog was open.
        const auto current = store->find(id);
        if (!current)
            return done(false);
        const auto trusted = CaTrust::trust(*current, certificate);
        if (!trusted)
            return done(trusted.error());
        const auto saved = store->update(trusted.value());
        if (!saved)
            return done(saved.error());
        done(true);
    });
    dialog->open();
}
