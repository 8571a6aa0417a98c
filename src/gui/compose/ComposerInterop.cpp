#include "ComposerInterop.h"

#include "AppServices.h"
#include "ComposerWidget.h"
#include "CurlNetworkDialog.h"
#include "SecureClipboard.h"
#include "compose/SecretVariables.h"
#include "interop/CurlImport.h"
#include "interop/DraftExport.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>
#include <QToolButton>

ComposerInterop::ComposerInterop(AppServices *services, ComposerWidget *composer)
    : QObject(composer)
    , m_services(services)
    , m_composer(composer)
{}

QToolButton *ComposerInterop::makeCopyAsButton(QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("copyAsToolButton"));
    button->setText(tr("Copy as"));
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolTip(tr("Copy the request as a command; the secret stays a $TOKEN "
                          "placeholder unless it is revealed"));
    auto *menu = new QMenu(button);
    for (const RequestExport::Format format : RequestExport::formats()) {
        QAction *action = menu->addAction(RequestExport::formatName(format));
        connect(action, &QAction::triggered, this,
                [this, format] { copyAs(format, m_composer->isRevealed()); });
    }
    button->setMenu(menu);
    // Room for the menu's arrow beside the words, not over them, and never squeezed.
    button->setMinimumWidth(
        button->sizeHint().width() +
        button->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, button));
    button->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    return button;
}

void ComposerInterop::watchUrlField(QLineEdit *url)
{
    m_url = url;
    // A curl command typed or dropped in on one line; a pasted one is caught in eventFilter().
    connect(url, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (CurlImport::looksLikeCurl(text))
            importCurl(text);
    });
    url->installEventFilter(this);
}

bool ComposerInterop::eventFilter(QObject *watched, QEvent *event)
{
    // A multi-line curl command would lose its line breaks in a one-line field: take it whole.
    if (watched == m_url && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
        const QString pasted = QGuiApplication::clipboard()->text();
        if (CurlImport::looksLikeCurl(pasted)) {
            importCurl(pasted);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

bool ComposerInterop::importCurl(const QString &commandLine)
{
    const auto imported = CurlImport::parse(commandLine);
    if (!imported) {
        m_composer->showNote(
            {tr("This curl command cannot be imported: %1").arg(imported.error().message)}, true);
        return false;
    }
    m_composer->setDraft(imported->draft);
    QStringList lines{tr("Imported from curl.")};
    if (imported->carriesCredential)
        lines << tr("The command carries its own credential. It is sent as typed, except where "
                    "this profile's credential uses the same header: on the profile's origin, "
                    "the profile's wins.");
    for (const QString &note : imported->notes)
        lines << note;
    if (!imported->unmapped.isEmpty())
        lines << tr("Left out:") + QLatin1Char(' ') + imported->unmapped.join(QStringLiteral("; "));
    m_composer->showNote(lines, imported->carriesCredential || !imported->unmapped.isEmpty());
    if (!imported->network.isEmpty()) {
        // Proxy, CA and certificate options belong to the profile: asked about, never slipped in.
        const QPointer<ComposerWidget> composer(m_composer);
        CurlNetworkDialog::offer(m_services->profiles(), m_composer->profile(), imported->network,
                                 m_composer, [composer](const QString &line) {
                                     if (composer)
                                         composer->appendNote(line);
                                 });
    }
    return true;
}

Result<QString> ComposerInterop::exportAs(RequestExport::Format format, bool reveal) const
{
    const QUuid id = m_composer->profile();
    const auto profile = id.isNull() ? std::nullopt : m_services->profiles().find(id);
    DraftExport::Context context;
    context.profile = profile ? &*profile : nullptr;
    context.reveal = reveal;
    if (profile) {
        const SecretVariables &secrets = m_services->secretVariables();
        context.session = m_services->sessions().session(id);
        context.secretNames = secrets.names(id);
        context.secretValues = secrets.known(id);
    }
    return DraftExport::exportDraft(format, m_composer->draft(), context);
}

void ComposerInterop::copyAs(RequestExport::Format format, bool reveal)
{
    const auto copy = [this, format, reveal] {
        const auto text = exportAs(format, reveal);
        if (!text) {
            Q_EMIT problem(text.error().message);
            return;
        }
        Q_EMIT problem(QString());
        const QString name = RequestExport::formatName(format);
        if (!reveal) {
            QGuiApplication::clipboard()->setText(text.value());
            Q_EMIT notice(
                tr("Copied as %1, the token as $TOKEN and typed secrets as variables.").arg(name));
            return;
        }
        Q_EMIT notice(
            tr("Copied as %1 with its secrets, marked for clipboard managers.").arg(name));
        // A revealed secret is marked for clipboard managers and cleared after a while.
        if (m_clipboard)
            m_clipboard->copySecret(text.value());
        else
            QGuiApplication::clipboard()->setMimeData(
                SecureClipboard::secretMimeData(text.value()));
    };
    if (!reveal) {
        copy();
        return;
    }
    // Revealed, the command carries the values of the secret variables it uses.
    m_services->secretVariables().valuesFor(m_composer->profile(), m_composer->draft(), this,
                                            [copy](const Variables &) { copy(); });
}
