#include "ProfileActions.h"

#include "AppServices.h"
#include "AppSettings.h"
#include "ErrorBox.h"
#include "ProfileEditorDialog.h"
#include "ProfileListWidget.h"
#include "ProfileTokenPresenter.h"
#include "SecureClipboard.h"
#include "StatusNote.h"
#include "auth/AuthenticatorFactory.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

ProfileActions::ProfileActions(AppServices *services, QMainWindow *window, ProfileListWidget *list,
                               ProfileTokenPresenter *tokenView, SecureClipboard *clipboard)
    : QObject(window)
    , m_services(services)
    , m_window(window)
    , m_list(list)
    , m_tokenView(tokenView)
    , m_clipboard(clipboard)
{
    connect(m_list, &ProfileListWidget::newProfileRequested, this, &ProfileActions::newProfile);
    connect(m_list, &ProfileListWidget::editRequested, this, &ProfileActions::editProfile);
    connect(m_list, &ProfileListWidget::duplicateRequested, this,
            &ProfileActions::duplicateProfile);
    connect(m_list, &ProfileListWidget::deleteRequested, this, &ProfileActions::deleteProfile);
    connect(m_list, &ProfileListWidget::logInRequested, this, &ProfileActions::logIn);
    connect(m_list, &ProfileListWidget::copyTokenRequested, this, &ProfileActions::copyToken);
    connect(m_list, &ProfileListWidget::copyHeaderRequested, this, &ProfileActions::copyHeader);
    connect(m_list, &ProfileListWidget::testTokenRequested, this, &ProfileActions::testToken);
}

void ProfileActions::showError(const QString &title, const Error &error)
{
    ErrorBox::open(m_window, title, error);
}

void ProfileActions::showStatus(const QString &message)
{
    StatusNote::show(m_window, message);
}

QString ProfileActions::profileName(const QUuid &id) const
{
    const auto profile = m_services->profiles().find(id);
    return profile ? profile->name : QString();
}

void ProfileActions::newProfile()
{
    auto *dialog = new ProfileEditorDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A new profile starts from the preferences' defaults.
    const AppSettings settings = AppSettings::load();
    Profile fresh;
    const MethodDescriptor first = AuthenticatorFactory::all().constFirst();
    fresh.vendor = first.vendor;
    fresh.method = first.method;
    fresh.options.autoRelogin = settings.autoReloginByDefault;
    fresh.options.timeoutSeconds = settings.defaultTimeoutSeconds;
    fresh.options.clipboardClearSeconds = settings.clipboardClearSeconds;
    dialog->setProfile(fresh);
    dialog->setWindowTitle(tr("New Profile"));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto added = m_services->profiles().add(dialog->profile());
        if (!added)
            return showError(tr("New Profile"), added.error());
        m_list->selectProfile(added->id);
        showStatus(tr("Added %1. Log in to get its token.").arg(added->name));
    });
    dialog->open();
}

void ProfileActions::editProfile(const QUuid &id)
{
    const auto profile = m_services->profiles().find(id);
    if (!profile)
        return;
    auto *dialog = new ProfileEditorDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Edit %1").arg(profile->name));
    dialog->setProfile(*profile);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto updated = m_services->profiles().update(dialog->profile());
        if (!updated)
            showError(tr("Edit Profile"), updated.error());
    });
    dialog->open();
}

void ProfileActions::duplicateProfile(const QUuid &id)
{
    auto profile = m_services->profiles().find(id);
    if (!profile)
        return;
    // The copy shares nothing secret with the original: it logs in on its own.
    profile->id = QUuid();
    profile->lastToken = Profile::LastToken();
    profile->created = profile->updated = QDateTime();
    QString name = tr("%1 (copy)").arg(profile->name);
    for (int n = 2; m_services->profiles().find(name); ++n)
        name = tr("%1 (copy %2)").arg(profile->name).arg(n);
    profile->name = name;
    const auto added = m_services->profiles().add(*profile);
    if (!added)
        return showError(tr("Duplicate Profile"), added.error());
    m_list->selectProfile(added->id);
}

void ProfileActions::deleteProfile(const QUuid &id)
{
    const QString name = profileName(id);
    if (name.isEmpty())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Delete Profile"),
        tr("Delete “%1”? Its secrets and token are removed from the keychain too.").arg(name),
        QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("deleteProfileMessageBox"));
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, id, name] {
        if (box->clickedButton() != static_cast<QAbstractButton *>(remove))
            return;
        m_services->sessions().forgetSecrets(
            id, this, [this, id, name](const Result<bool> &forgotten) {
                const auto removed = m_services->profiles().remove(id);
                if (!removed)
                    return showError(tr("Delete Profile"), removed.error());
                if (!forgotten)
                    return showError(tr("Delete Profile"), forgotten.error());
                m_tokenView->show(QUuid());
                showStatus(tr("Deleted %1.").arg(name));
            });
    });
    box->open();
}

void ProfileActions::logIn(const QUuid &id)
{
    // The session service opens the login dialog (through the prompter) and keeps what it says.
    m_services->sessions().logIn(id, this, [this, id](const Result<Session> &session) {
        if (!session) {
            if (session.error().kind != Error::Kind::Cancelled)
                showError(tr("Log In"), session.error());
            return;
        }
        m_tokenView->show(id);
        showStatus(tr("Logged in to %1.").arg(profileName(id)));
    });
}

void ProfileActions::copyToken(const QUuid &id)
{
    copy(id, Copy::Token, {});
}

void ProfileActions::copyHeader(const QUuid &id)
{
    copy(id, Copy::Header, {});
}

void ProfileActions::copy(const QUuid &id, Copy what,
                          std::function<void(const Result<bool> &)> done)
{
    m_services->sessions().freshSession(
        id, this, [this, id, what, done](const Result<Session> &session) {
            if (!session) {
                // A login the person closed needs no message box on top.
                if (session.error().kind != Error::Kind::Cancelled)
                    showError(tr("Token of %1").arg(profileName(id)), session.error());
                if (done)
                    done(session.error());
                return;
            }
            if (what == Copy::Header) {
                // The same line as the token panel's Copy Header: the profile's Send as.
                m_clipboard->copySecret(session->token.headerLine(), tr("Header line copied."));
                showStatus(tr("Copied the header line of %1.").arg(profileName(id)));
            } else {
                m_clipboard->copySecret(session->token.raw(), tr("Token copied."));
                showStatus(tr("Copied the token of %1.").arg(profileName(id)));
            }
            if (done)
                done(true);
        });
}

void ProfileActions::testToken(const QUuid &id)
{
    const QString name = profileName(id);
    m_window->statusBar()->showMessage(tr("Testing the token of %1…").arg(name));
    m_services->sessions().testToken(id, this, [this, name](const Result<Identity> &tested) {
        if (!tested) {
            m_window->statusBar()->clearMessage();
            if (tested.error().kind != Error::Kind::Cancelled)
                showError(tr("Token of %1").arg(name), tested.error());
            return;
        }
        const Identity &who = tested.value();
        showStatus(tr("The token of %1 works.").arg(name));
        auto *box = new QMessageBox(
            QMessageBox::Information, tr("Token Works"),
            tr("The token of %1 is alive. It belongs to %2.")
                .arg(name, who.displayName.isEmpty() ? tr("an unnamed account") : who.displayName),
            QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("testResultMessageBox"));
        QStringList details;
        for (auto it = who.facts.cbegin(); it != who.facts.cend(); ++it)
            details.append(QStringLiteral("%1: %2").arg(it.key(), it.value()));
        details.sort();
        box->setDetailedText(details.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

bool ProfileActions::signedOutForClose()
{
    if (m_signedOut)
        return true;
    if (!m_signingOut) {
        m_signingOut = true;
        m_window->statusBar()->showMessage(tr("Signing out…"));
        m_services->sessions().signOutAll(this, [this] {
            m_signedOut = true;
            m_window->close();
        });
    }
    return false;
}
