#include "ComposerWidget.h"

#include "AppServices.h"
#include "ComposerInterop.h"
#include "KeyValueTable.h"
#include "Notices.h"
#include "RequestBodyEditor.h"
#include "SecretTextGuard.h"
#include "VariablesTable.h"
#include "compose/AuthorizationPreview.h"
#include "compose/RequestBuilder.h"
#include "compose/SecretVariables.h"
#include "compose/Variables.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

ComposerWidget::ComposerWidget(AppServices *services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_runner(services->makeRunner(this))
    , m_interop(new ComposerInterop(services, this))
{
    buildUi();
    connect(m_interop, &ComposerInterop::notice, this, &ComposerWidget::notice);
    connect(m_interop, &ComposerInterop::problem, this, [this](const QString &problem) {
        m_problem->setText(problem);
        m_problem->setVisible(!problem.isEmpty());
    });
    connect(m_runner, &RequestRunner::started, this, [this] { setRunning(true); });
    connect(m_runner, &RequestRunner::finished, this,
            [this](const RequestRunner::Outcome &outcome) {
                setRunning(false);
                // What stopped a request before it went (a missing variable, a failed login) is
                // said here; what happened to a request that went is the response viewer's.
                if (!outcome.response && outcome.sent.url.isEmpty() &&
                    outcome.response.error().kind != Error::Kind::Cancelled)
                    m_problem->setText(outcome.response.error().message);
                else
                    m_problem->clear();
                m_problem->setVisible(!m_problem->text().isEmpty());
                updateVariables();
                updateAuthorization();
                Q_EMIT finished(outcome);
            });
    connect(&services->sessions(), &SessionManager::sessionChanged, this, [this](const QUuid &id) {
        if (id == m_profile) {
            updateVariables();
            updateAuthorization();
        }
    });
    connect(&services->profiles(), &ProfileStore::changed, this, [this] {
        updateVariables();
        updateAuthorization();
    });
    connect(&services->secretVariables(), &SecretVariables::changed, this, [this](const QUuid &id) {
        if (id == m_profile)
            updateVariables();
    });
    setProfile({});
}

ComposerWidget::~ComposerWidget() = default;

void ComposerWidget::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);

    // Method, URL, send.
    auto *line = new QHBoxLayout;
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("methodComboBox"));
    m_method->addItems(RequestDraft::methods());
    m_method->setEditable(false);
    m_method->setToolTip(tr("HTTP method"));
    line->addWidget(m_method);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("urlLineEdit"));
    m_url->setPlaceholderText(tr("Path on the profile's base URL (api/items?page=1), a full URL, "
                                 "or a pasted curl command"));
    m_url->setClearButtonEnabled(true);
    m_url->setFont(RequestBodyEditor::monospace());
    line->addWidget(m_url, 1);
    m_send = new QPushButton(tr("Send"), this);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(true);
    m_send->setToolTip(tr("Send the request (Ctrl+Enter)"));
    line->addWidget(m_send);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Stop the request (Esc)"));
    m_cancel->hide();
    line->addWidget(m_cancel);
    line->addWidget(m_interop->makeCopyAsButton(this));
    layout->addLayout(line);

    // The authorisation that goes with it.
    auto *auth = new QHBoxLayout;
    m_authLabel = new QLabel(this);
    m_authLabel->setObjectName(QStringLiteral("authorizationLabel"));
    m_authLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_authLabel->setFont(RequestBodyEditor::monospace());
    // A long line (a revealed token) wraps where it can and never widens the window.
    m_authLabel->setWordWrap(true);
    m_authLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // Revealed, it is the credential itself: copied only marked, never left in PRIMARY.
    m_authGuard = SecretTextGuard::install(m_authLabel);
    auth->addWidget(m_authLabel, 1);
    m_reveal = new QToolButton(this);
    m_reveal->setObjectName(QStringLiteral("revealAuthorizationToolButton"));
    m_reveal->setText(tr("Reveal"));
    m_reveal->setCheckable(true);
    m_reveal->setToolTip(tr("Show the secret that will be sent"));
    auth->addWidget(m_reveal);
    layout->addLayout(auth);
    m_originNote = Notices::warningLabel(this, QStringLiteral("originNoteLabel"));
    layout->addWidget(m_originNote);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("composerProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_problem->hide();
    layout->addWidget(m_problem);
    m_importNote = new QLabel(this);
    m_importNote->setObjectName(QStringLiteral("importNoteLabel"));
    m_importNote->setWordWrap(true);
    m_importNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_importNote->hide();
    layout->addWidget(m_importNote);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("requestTabWidget"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);

    m_query = new KeyValueTable(this);
    m_query->setObjectName(QStringLiteral("queryKeyValueTable"));
    m_query->setPlaceholders(tr("New parameter"), tr("Value"));
    m_tabs->addTab(m_query, tr("Params"));

    m_headers = new KeyValueTable(this);
    m_headers->setObjectName(QStringLiteral("headersKeyValueTable"));
    m_headers->setPlaceholders(tr("New header"), tr("Value"));
    m_tabs->addTab(m_headers, tr("Headers"));

    m_body = new RequestBodyEditor(this);
    m_tabs->addTab(m_body, tr("Body"));

    m_variables = new VariablesTable(this);
    m_tabs->addTab(m_variables, tr("Variables"));

    m_interop->watchUrlField(m_url);
    m_url->installEventFilter(this);
    connect(m_url, &QLineEdit::textChanged, this, [this] {
        syncQueryFromUrl();
        updateAuthorization();
        updateVariables();
    });
    connect(m_url, &QLineEdit::returnPressed, this, &ComposerWidget::send);
    connect(m_query, &KeyValueTable::rowsChanged, this, &ComposerWidget::syncUrlFromQuery);
    connect(m_send, &QPushButton::clicked, this, &ComposerWidget::send);
    connect(m_cancel, &QPushButton::clicked, this, &ComposerWidget::cancel);
    connect(m_reveal, &QToolButton::toggled, this, [this](bool on) {
        m_revealed = on;
        m_reveal->setText(on ? tr("Hide") : tr("Reveal"));
        updateAuthorization();
    });
    connect(m_body, &RequestBodyEditor::kindChanged, this, [this](RequestDraft::BodyKind kind) {
        // A body and GET rarely go together: offer POST, as other clients do.
        if (kind != RequestDraft::BodyKind::None && m_method->currentText() == QLatin1String("GET"))
            m_method->setCurrentText(QStringLiteral("POST"));
    });

    // Actions rather than bare shortcuts, so the window's Request menu can show them too.
    m_sendAction = new QAction(tr("&Send Request"), this);
    m_sendAction->setObjectName(QStringLiteral("sendRequestAction"));
    m_sendAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_sendAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_sendAction, &QAction::triggered, this, &ComposerWidget::send);
    addAction(m_sendAction);
    m_cancelAction = new QAction(tr("&Cancel Request"), this);
    m_cancelAction->setObjectName(QStringLiteral("cancelRequestAction"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, &ComposerWidget::cancel);
    addAction(m_cancelAction);
}

void ComposerWidget::setSecureClipboard(SecureClipboard *clipboard)
{
    m_interop->setSecureClipboard(clipboard);
    m_authGuard->setClipboard(clipboard);
}

void ComposerWidget::setProfile(const QUuid &id)
{
    m_profile = id;
    m_reveal->setChecked(false);
    updateVariables();
    updateAuthorization();
}

RequestDraft ComposerWidget::draft() const
{
    RequestDraft d;
    d.method = m_method->currentText();
    d.url = m_url->text().trimmed();
    d.headers = m_headers->rows();
    m_body->fillDraft(d);
    return d;
}

void ComposerWidget::setDraft(const RequestDraft &d, const QList<KeyValueRow> &switchedOffQuery)
{
    m_method->setCurrentText(d.method);
    if (m_method->currentText() != d.method) {
        m_method->addItem(d.method);
        m_method->setCurrentText(d.method);
    }
    m_disabledQuery.clear();
    for (KeyValueRow row : switchedOffQuery) {
        row.enabled = false;
        m_disabledQuery.append(row);
    }
    m_url->setText(d.url);
    syncQueryFromUrl(); // the same URL as before still brings the switched-off rows
    m_headers->setRows(d.headers);
    // The kind first: choosing it may offer POST, which the draft's own method then overrides.
    m_body->setDraft(d);
    m_method->setCurrentText(d.method);
}

void ComposerWidget::send()
{
    m_problem->hide();
    m_importNote->hide();
    // A saved request's secrets are {{variables}} whose values are read from the keychain.
    const QUuid profile = m_profile;
    const RequestDraft d = draft();
    m_services->secretVariables().valuesFor(profile, d, this,
                                            [this, profile, d](const Variables &secrets) {
                                                RequestRunner::Options options;
                                                options.secretVariables = secrets;
                                                m_runner->send(profile, d, options);
                                            });
}

void ComposerWidget::cancel()
{
    m_runner->cancel();
}

void ComposerWidget::setRunning(bool running)
{
    m_send->setVisible(!running);
    m_cancel->setVisible(running);
    m_cancelAction->setEnabled(running);
    Q_EMIT runningChanged(running);
}

bool ComposerWidget::eventFilter(QObject *watched, QEvent *event)
{
    // The URL field takes Escape for itself; while a request runs, Escape means stop it.
    if (watched == m_url && m_runner->isRunning() &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        if (event->type() == QEvent::KeyPress)
            cancel();
        event->accept();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool ComposerWidget::importCurl(const QString &commandLine)
{
    return m_interop->importCurl(commandLine);
}

void ComposerWidget::showNote(const QStringList &lines, bool warning)
{
    m_importNote->setText(lines.join(QLatin1Char('\n')));
    m_importNote->setStyleSheet(warning ? Notices::warningStyleSheet()
                                        : QStringLiteral("QLabel { color: palette(mid); }"));
    m_importNote->setVisible(!lines.isEmpty());
}

void ComposerWidget::appendNote(const QString &line)
{
    m_importNote->setText(m_importNote->text() + QLatin1Char('\n') + line);
}

Result<QString> ComposerWidget::exportAs(RequestExport::Format format) const
{
    return m_interop->exportAs(format, m_revealed);
}

void ComposerWidget::syncQueryFromUrl()
{
    if (m_syncing)
        return;
    m_syncing = true;
    RequestDraft d;
    d.url = m_url->text();
    QList<KeyValueRow> rows = d.queryRows();
    rows.append(m_disabledQuery);
    m_query->setRows(rows);
    m_syncing = false;
}

void ComposerWidget::syncUrlFromQuery()
{
    if (m_syncing)
        return;
    m_syncing = true;
    const QList<KeyValueRow> rows = m_query->rows();
    m_disabledQuery.clear();
    for (const auto &row : rows)
        if (!row.enabled)
            m_disabledQuery.append(row);
    RequestDraft d;
    d.url = m_url->text();
    d.setQueryRows(rows);
    if (d.url != m_url->text()) {
        const int cursor = m_url->cursorPosition();
        m_url->setText(d.url);
        m_url->setCursorPosition(std::min(cursor, int(d.url.size())));
    }
    m_syncing = false;
}

QString ComposerWidget::authorizationText() const
{
    return m_authLabel->text();
}

void ComposerWidget::updateAuthorization()
{
    const auto profile = m_profile.isNull() ? std::nullopt : m_services->profiles().find(m_profile);
    const auto session = profile ? m_services->sessions().session(m_profile) : std::nullopt;
    // Only what will be sent is shown: the send path's own answer to where the URL goes.
    const auto preview = AuthorizationPreview::of(
        profile ? &*profile : nullptr, session ? &*session : nullptr, m_url->text(), m_revealed);
    m_reveal->setEnabled(preview.canReveal);
    m_authLabel->setText(preview.line);
    m_originNote->setText(preview.originNote);
    m_originNote->setVisible(!preview.originNote.isEmpty());
}

void ComposerWidget::updateVariables()
{
    const auto profile = m_profile.isNull() ? std::nullopt : m_services->profiles().find(m_profile);
    Variables variables;
    if (profile) {
        const auto session = m_services->sessions().session(m_profile);
        variables = Variables::forProfile(*profile, session ? &*session : nullptr);
    }
    const QStringList secretNames =
        m_profile.isNull() ? QStringList() : m_services->secretVariables().names(m_profile);
    m_variables->setVariables(variables, secretNames);

    // Hovering the URL shows what each {{name}} in it stands for.
    QStringList lines;
    for (const auto &ref : Variables::references(m_url->text())) {
        const auto *v = variables.find(ref.name);
        const QString line = v ? QStringLiteral("{{%1}} = %2").arg(ref.name, v->value)
                             : secretNames.contains(ref.name)
                                 ? QStringLiteral("{{%1}} = %2")
                                       .arg(ref.name, AuthorizationPreview::masked(QString()))
                                 : tr("{{%1}} has no value yet").arg(ref.name);
        if (!lines.contains(line))
            lines.append(line);
    }
    if (profile && !m_url->text().trimmed().isEmpty()) {
        lines.prepend(RequestBuilder::resolveUrl(profile->baseUrl, variables.resolve(m_url->text()))
                          .toString());
    }
    m_url->setToolTip(lines.join(QLatin1Char('\n')));
}
