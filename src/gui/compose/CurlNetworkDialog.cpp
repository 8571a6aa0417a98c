#include "CurlNetworkDialog.h"

#include "profiles/ProfileStore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

CurlNetworkDialog::CurlNetworkDialog(const QString &profileName,
                                     const QList<CurlImport::NetworkChange> &changes,
                                     QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("curlNetworkDialog"));
    setWindowTitle(tr("Network Settings from curl"));
    auto *layout = new QVBoxLayout(this);
    auto *question = new QLabel(
        tr("The curl command sets how to reach the server. Change these settings of the profile "
           "%1? They apply to every request it sends and to its logins.")
            .arg(profileName),
        this);
    question->setObjectName(QStringLiteral("questionLabel"));
    question->setWordWrap(true);
    layout->addWidget(question);

    auto *table = new QTableWidget(int(changes.size()), 3, this);
    table->setObjectName(QStringLiteral("changesTableWidget"));
    table->setHorizontalHeaderLabels({tr("Setting"), tr("Now"), tr("After")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < changes.size(); ++row) {
        const CurlImport::NetworkChange &c = changes.at(row);
        table->setItem(row, 0, new QTableWidgetItem(c.key));
        table->setItem(row, 1,
                       new QTableWidgetItem(c.before.isEmpty() ? tr("(not set)") : c.before));
        table->setItem(row, 2, new QTableWidgetItem(c.after));
    }
    layout->addWidget(table);

    auto *buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("&Apply to Profile"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    auto *keep = buttons->addButton(tr("&Keep the Profile as It Is"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void CurlNetworkDialog::offer(ProfileStore &profiles, const QUuid &id,
                              const QMap<QString, QString> &network, QWidget *parent,
                              std::function<void(const QString &)> note)
{
    const auto profile = id.isNull() ? std::nullopt : profiles.find(id);
    if (!profile) {
        note(tr("No profile is chosen: choose one and import again to apply these settings."));
        return;
    }
    const auto applied = CurlImport::applyNetwork(*profile, network);
    if (!applied) {
        note(tr("Not applied to the profile: %1").arg(applied.error().message));
        return;
    }
    if (applied->changes.isEmpty())
        return; // the profile has them already
    auto *dialog = new CurlNetworkDialog(profile->name, applied->changes, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ProfileStore> store(&profiles);
    connect(dialog, &QDialog::finished, dialog, [store, id, network, note](int result) {
        if (result != QDialog::Accepted) {
            note(tr("The profile's network settings were left as they were."));
            return;
        }
        // Onto the profile as it is now: it may have been edited while the dialog was open.
        const auto current = store ? store->find(id) : std::nullopt;
        const auto again = current ? CurlImport::applyNetwork(*current, network)
                                   : Result<CurlImport::NetworkApplied>(Error::make(
                                         Error::Kind::NotFound, QStringLiteral("profile.gone"),
                                         tr("the profile no longer exists.")));
        const auto saved = again ? store->update(again->profile) : Result<bool>(again.error());
        if (!saved) {
            note(tr("Not applied to the profile: %1").arg(saved.error().message));
            return;
        }
        QStringList keys;
        for (const CurlImport::NetworkChange &c : again->changes)
            keys << c.key;
        note(tr("Applied to the profile %1: %2.")
                 .arg(again->profile.name, keys.join(QStringLiteral(", "))));
    });
    dialog->open();
}
