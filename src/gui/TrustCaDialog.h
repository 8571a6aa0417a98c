#pragma once

#include "net/CaTrust.h"

#include <QDialog>

#include <functional>

class ProfileStore;
class QPushButton;

// Asks a person whether to trust, for one profile, the certificate authority at the top of the
// chain a server sent: its subject, issuer, validity and SHA-256 fingerprint, to compare with
// what whoever runs the server says, and whether it is a root or an intermediate. It stores
// nothing: accepted() is the person's yes.
class TrustCaDialog : public QDialog
{
    Q_OBJECT

public:
    TrustCaDialog(const CaTrust::Offer &offer, const QString &profileName, const QString &file,
                  QWidget *parent = nullptr);

    QPushButton *trustButton() const { return m_trust; }

    // Opens the dialog over `parent` for the profile `id`; once the person trusts, writes the CA
    // file and saves the profile with it (CaTrust::trust). `done` gets true when it was stored,
    // false when the person cancelled, or the error that kept it from being stored.
    static void ask(QWidget *parent, ProfileStore &profiles, const QUuid &id,
                    const CaTrust::Offer &offer, std::function<void(const Result<bool> &)> done);

private:
    QPushButton *m_trust = nullptr;
};
