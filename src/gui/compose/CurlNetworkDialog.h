#pragma once

#include "interop/CurlImport.h"

#include <QDialog>

#include <functional>

class ProfileStore;
class QPushButton;

// Shows what a pasted curl command's proxy, CA and client-certificate options would change in
// the chosen profile, before anything changes: those are the profile's settings, used by every
// request it sends, not the one request's.
class CurlNetworkDialog : public QDialog
{
    Q_OBJECT

public:
    CurlNetworkDialog(const QString &profileName, const QList<CurlImport::NetworkChange> &changes,
                      QWidget *parent = nullptr);

    // Asks about `network` for the profile `id` and applies it once the person agrees; `note`
    // gets a line for the import's note (applied, refused, or why nothing was asked).
    // Nothing is asked when nothing would change.
    static void offer(ProfileStore &profiles, const QUuid &id,
                      const QMap<QString, QString> &network, QWidget *parent,
                      std::function<void(const QString &)> note);

    QPushButton *applyButton() const { return m_apply; }

private:
    QPushButton *m_apply = nullptr;
};
