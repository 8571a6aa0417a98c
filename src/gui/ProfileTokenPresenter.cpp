#include "ProfileTokenPresenter.h"

#include "AppServices.h"
#include "ErrorBox.h"
#include "ProfileListWidget.h"
#include "TokenPanel.h"
#include "auth/TokenDelivery.h"

ProfileTokenPresenter::ProfileTokenPresenter(AppServices *services, ProfileListWidget *list,
                                             TokenPanel *panel, QWidget *window)
    : QObject(window)
    , m_services(services)
    , m_list(list)
    , m_panel(panel)
    , m_window(window)
{
    connect(m_list, &ProfileListWidget::currentProfileChanged, this, &ProfileTokenPresenter::show);
    connect(m_panel, &TokenPanel::deliveryChosen, this,
            [this](const TokenDelivery &d) { rememberSendAs(m_list->currentProfileId(), d); });
    connect(&m_services->sessions(), &SessionManager::sessionChanged, this,
            [this](const QUuid &id) {
                if (id == m_list->currentProfileId())
                    show(id);
            });
}

void ProfileTokenPresenter::show(const QUuid &id)
{
    // No profile chosen (a filter hid it, it was deleted): no token of one stays on screen.
    if (id.isNull()) {
        m_panel->setToken(Token(), QString());
        return;
    }
    const auto chosen = m_services->profiles().find(id);
    const QString name = chosen ? chosen->name : QString();
    m_services->sessions().restore(id, this, [this, id, name](const Result<Session> &session) {
        if (id != m_list->currentProfileId())
            return;
        if (session) {
            m_panel->setToken(session->token, tokenCaption(name, session.value()));
            // A token of an issuer the profile names is checked against that issuer's keys.
            const auto profile = m_services->profiles().find(id);
            const QString issuer =
                profile ? profile->fields.value(QStringLiteral("issuer")).trimmed() : QString();
            if (!issuer.isEmpty() && session->token.isJwt())
                m_panel->verifySignatureFromIssuer(issuer);
        } else
            m_panel->setToken(Token(), tr("%1 has no token yet: log in (Ctrl+L).").arg(name));
    });
}

QString ProfileTokenPresenter::tokenCaption(const QString &profile, const Session &session)
{
    QString caption = tr("Token of %1").arg(profile);
    // An OpenID Connect sign-in says who signed in; a refresh token is never shown, only that
    // it is there.
    QString who = session.facts.value(QStringLiteral("name"));
    const QString email = session.facts.value(QStringLiteral("email"));
    if (!email.isEmpty())
        who = who.isEmpty() ? email : tr("%1 <%2>").arg(who, email);
    if (!session.idToken.isEmpty() && !who.isEmpty())
        caption += QLatin1String(" · ") + tr("signed in as %1").arg(who);
    if (!session.refreshToken.isEmpty())
        caption += QLatin1String(" · ") + tr("renews itself (refresh token in the keychain)");
    return caption;
}

// The header a person chose in the token panel (Send as) is the profile's, for every copy and
// every send; a session cookie has no choice.
void ProfileTokenPresenter::rememberSendAs(const QUuid &id, const TokenDelivery &delivery)
{
    auto profile = id.isNull() ? std::nullopt : m_services->profiles().find(id);
    if (!profile || delivery.kind == TokenDelivery::Kind::Cookie ||
        profile->options.sendAs == delivery.choiceText())
        return;
    profile->options.sendAs = delivery.choiceText();
    if (const auto saved = m_services->profiles().update(*profile); !saved)
        ErrorBox::open(m_window, tr("Send as"), saved.error());
}
