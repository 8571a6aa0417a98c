#include "ComposerWidget.h"

#include "AppServices.h"
#include "CurlNetworkDialog.h"
#include "KeyValueTable.h"
#include "Notices.h"
#include "SecretTextGuard.h"
#include "SecureClipboard.h"
#include "compose/RequestBuilder.h"
#include "compose/SecretVariables.h"
#include "compose/Variables.h"
#include "interop/CurlImport.h"
#include "interop/DraftExport.h"
#include "util/JsonText.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QString masked(const QString &secret)
{
    const QString dots(8, QChar(0x2022));
    // The last four characters tell two tokens apart without giving either away.
    return secret.size() > 16 ? dots + secret.right(4) : dots;
}

QFont monospace()
{
    QFont font(QStringLiteral("monospace"));
    font.setStyleHint(QFont::TypeWriter);
    return font;
}

} // namespace

ComposerWidget::ComposerWidget(AppServices *services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_runner(services->makeRunner(this))
{
    buildUi();
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
    m_url->setFont(monospace());
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
    m_copyAs = new QToolButton(this);
    m_copyAs->setObjectName(QStringLiteral("copyAsToolButton"));
    m_copyAs->setText(tr("Copy as"));
    m_copyAs->setPopupMode(QToolButton::InstantPopup);
    m_copyAs->setToolTip(tr("Copy the request as a command; the secret stays a $TOKEN "
                            "placeholder unless it is revealed"));
    auto *copyMenu = new QMenu(m_copyAs);
    for (const RequestExport::Format format : RequestExport::formats()) {
        QAction *action = copyMenu->addAction(RequestExport::formatName(format));
        connect(action, &QAction::triggered, this, [this, format] { copyAs(format); });
    }
    m_copyAs->setMenu(copyMenu);
    // Room for the menu's arrow beside the words, not over them, and never squeezed.
    m_copyAs->setMinimumWidth(
        m_copyAs->sizeHint().width() +
        m_copyAs->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, m_copyAs));
    m_copyAs->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    line->addWidget(m_copyAs);
    layout->addLayout(line);

    // The authorisation that goes with it.
    auto *auth = new QHBoxLayout;
    m_authLabel = new QLabel(this);
    m_authLabel->setObjectName(QStringLiteral("authorizationLabel"));
    m_authLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_authLabel->setFont(monospace());
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

    // The body: one editor per kind.
    auto *body = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 4, 0, 0);
    auto *kindLine = new QHBoxLayout;
    m_bodyKind = new QComboBox(body);
    m_bodyKind->setObjectName(QStringLiteral("bodyKindComboBox"));
    m_bodyKind->addItem(tr("No body"), int(RequestDraft::BodyKind::None));
    m_bodyKind->addItem(tr("JSON"), int(RequestDraft::BodyKind::Json));
    m_bodyKind->addItem(tr("Form (URL-encoded)"), int(RequestDraft::BodyKind::Form));
    m_bodyKind->addItem(tr("Raw text"), int(RequestDraft::BodyKind::Raw));
    m_bodyKind->addItem(tr("File"), int(RequestDraft::BodyKind::File));
    kindLine->addWidget(m_bodyKind);
    kindLine->addStretch(1);
    bodyLayout->addLayout(kindLine);
    m_bodyStack = new QStackedWidget(body);
    bodyLayout->addWidget(m_bodyStack, 1);

    auto *none = new QLabel(tr("This request has no body."), body);
    none->setAlignment(Qt::AlignCenter);
    none->setEnabled(false);
    m_bodyStack->addWidget(none);

    auto *json = new QWidget(body);
    auto *jsonLayout = new QVBoxLayout(json);
    jsonLayout->setContentsMargins(0, 0, 0, 0);
    m_jsonEdit = new QPlainTextEdit(json);
    m_jsonEdit->setObjectName(QStringLiteral("jsonBodyPlainTextEdit"));
    m_jsonEdit->setFont(monospace());
    m_jsonEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_jsonEdit->setPlaceholderText(QStringLiteral("{\n  \"name\": \"{{username}}\"\n}"));
    m_jsonEdit->setTabChangesFocus(true);
    jsonLayout->addWidget(m_jsonEdit, 1);
    auto *jsonLine = new QHBoxLayout;
    m_jsonStatus = new QLabel(json);
    m_jsonStatus->setObjectName(QStringLiteral("jsonStatusLabel"));
    jsonLine->addWidget(m_jsonStatus, 1);
    m_formatJson = new QPushButton(tr("Format"), json);
    m_formatJson->setObjectName(QStringLiteral("formatJsonButton"));
    m_formatJson->setToolTip(tr("Indent the JSON, keeping its order (Ctrl+Shift+F)"));
    jsonLine->addWidget(m_formatJson);
    jsonLayout->addLayout(jsonLine);
    m_bodyStack->addWidget(json);

    m_form = new KeyValueTable(body);
    m_form->setObjectName(QStringLiteral("formKeyValueTable"));
    m_form->setPlaceholders(tr("New field"), tr("Value"));
    m_bodyStack->addWidget(m_form);

    auto *raw = new QWidget(body);
    auto *rawLayout = new QVBoxLayout(raw);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    auto *rawForm = new QFormLayout;
    m_rawType = new QComboBox(raw);
    m_rawType->setObjectName(QStringLiteral("rawContentTypeComboBox"));
    m_rawType->setEditable(true);
    m_rawType->addItems({QStringLiteral("text/plain"), QStringLiteral("application/xml"),
                         QStringLiteral("text/csv"), QStringLiteral("application/json"),
                         QStringLiteral("application/x-www-form-urlencoded")});
    rawForm->addRow(tr("Content type:"), m_rawType);
    rawLayout->addLayout(rawForm);
    m_rawEdit = new QPlainTextEdit(raw);
    m_rawEdit->setObjectName(QStringLiteral("rawBodyPlainTextEdit"));
    m_rawEdit->setFont(monospace());
    m_rawEdit->setTabChangesFocus(true);
    rawLayout->addWidget(m_rawEdit, 1);
    m_bodyStack->addWidget(raw);

    auto *file = new QWidget(body);
    auto *fileLayout = new QFormLayout(file);
    auto *pathLine = new QHBoxLayout;
    m_filePath = new QLineEdit(file);
    m_filePath->setObjectName(QStringLiteral("bodyFileLineEdit"));
    pathLine->addWidget(m_filePath, 1);
    auto *browse = new QPushButton(tr("Choose…"), file);
    browse->setObjectName(QStringLiteral("chooseBodyFileButton"));
    pathLine->addWidget(browse);
    fileLayout->addRow(tr("File:"), pathLine);
    m_fileType = new QComboBox(file);
    m_fileType->setObjectName(QStringLiteral("fileContentTypeComboBox"));
    m_fileType->setEditable(true);
    m_fileType->addItems({QStringLiteral("application/octet-stream"),
                          QStringLiteral("application/json"), QStringLiteral("application/pdf"),
                          QStringLiteral("image/png"), QStringLiteral("text/csv")});
    fileLayout->addRow(tr("Content type:"), m_fileType);
    m_bodyStack->addWidget(file);
    m_tabs->addTab(body, tr("Body"));

    m_variables = new QTableWidget(0, 3, this);
    m_variables->setObjectName(QStringLiteral("variablesTableWidget"));
    m_variables->setHorizontalHeaderLabels({tr("Variable"), tr("Value"), tr("From")});
    m_variables->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_variables->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_variables->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_variables->verticalHeader()->hide();
    m_variables->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_variables->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_variables->setToolTip(tr("Write {{name}} in the URL, headers or body to use a value."));
    m_tabs->addTab(m_variables, tr("Variables"));

    m_jsonTimer = new QTimer(this);
    m_jsonTimer->setSingleShot(true);
    m_jsonTimer->setInterval(250);
    connect(m_jsonTimer, &QTimer::timeout, this, &ComposerWidget::validateJson);

    connect(m_url, &QLineEdit::textEdited, this, &ComposerWidget::onUrlEdited);
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
    connect(m_bodyKind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_bodyStack->setCurrentIndex(index);
        validateJson();
        // A body and GET rarely go together: offer POST, as other clients do.
        if (index != 0 && m_method->currentText() == QLatin1String("GET"))
            m_method->setCurrentText(QStringLiteral("POST"));
    });
    connect(m_jsonEdit, &QPlainTextEdit::textChanged, m_jsonTimer, qOverload<>(&QTimer::start));
    connect(m_formatJson, &QPushButton::clicked, this, &ComposerWidget::formatJson);
    connect(browse, &QPushButton::clicked, this, &ComposerWidget::chooseBodyFile);

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
    auto *formatShortcut =
        new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), m_jsonEdit);
    formatShortcut->setContext(Qt::WidgetShortcut);
    connect(formatShortcut, &QShortcut::activated, this, &ComposerWidget::formatJson);
    validateJson();
}

void ComposerWidget::setSecureClipboard(SecureClipboard *clipboard)
{
    m_clipboard = clipboard;
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
    d.bodyKind = RequestDraft::BodyKind(m_bodyKind->currentData().toInt());
    d.bodyText = d.bodyKind == RequestDraft::BodyKind::Raw ? m_rawEdit->toPlainText()
                                                           : m_jsonEdit->toPlainText();
    d.rawContentType = m_rawType->currentText().trimmed();
    d.formFields = m_form->rows();
    d.bodyFilePath = m_filePath->text().trimmed();
    d.fileContentType = m_fileType->currentText().trimmed();
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
    m_bodyKind->setCurrentIndex(m_bodyKind->findData(int(d.bodyKind)));
    m_method->setCurrentText(d.method);
    if (d.bodyKind == RequestDraft::BodyKind::Raw) {
        m_rawEdit->setPlainText(d.bodyText);
        m_jsonEdit->clear();
    } else {
        m_jsonEdit->setPlainText(d.bodyText);
        m_rawEdit->clear();
    }
    m_rawType->setCurrentText(d.rawContentType);
    m_form->setRows(d.formFields);
    m_filePath->setText(d.bodyFilePath);
    m_fileType->setCurrentText(d.fileContentType);
    validateJson();
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

void ComposerWidget::onUrlEdited(const QString &text)
{
    // A curl command typed or dropped in on one line; a pasted one is caught in eventFilter().
    if (CurlImport::looksLikeCurl(text))
        importCurl(text);
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
    // A multi-line curl command would lose its line breaks in a one-line field: take it whole.
    if (watched == m_url && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
        const QString pasted = QGuiApplication::clipboard()->text();
        if (CurlImport::looksLikeCurl(pasted)) {
            importCurl(pasted);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool ComposerWidget::importCurl(const QString &commandLine)
{
    const auto imported = CurlImport::parse(commandLine);
    if (!imported) {
        showNote({tr("This curl command cannot be imported: %1").arg(imported.error().message)},
                 true);
        return false;
    }
    setDraft(imported->draft);
    QStringList lines{tr("Imported from curl.")};
    if (imported->carriesCredential)
        lines << tr("The command carries its own credential. It is sent as typed, except where "
                    "this profile's credential uses the same header: on the profile's origin, "
                    "the profile's wins.");
    for (const QString &note : imported->notes)
        lines << note;
    if (!imported->unmapped.isEmpty())
        lines << tr("Left out:") + QLatin1Char(' ') + imported->unmapped.join(QStringLiteral("; "));
    showNote(lines, imported->carriesCredential || !imported->unmapped.isEmpty());
    if (!imported->network.isEmpty()) {
        // Proxy, CA and certificate options belong to the profile: asked about, never slipped in.
        const QPointer<QLabel> note(m_importNote);
        CurlNetworkDialog::offer(m_services->profiles(), m_profile, imported->network, this,
                                 [note](const QString &line) {
                                     if (note)
                                         note->setText(note->text() + QLatin1Char('\n') + line);
                                 });
    }
    return true;
}

void ComposerWidget::showNote(const QStringList &lines, bool warning)
{
    m_importNote->setText(lines.join(QLatin1Char('\n')));
    m_importNote->setStyleSheet(warning ? Notices::warningStyleSheet()
                                        : QStringLiteral("QLabel { color: palette(mid); }"));
    m_importNote->setVisible(!lines.isEmpty());
}

Result<QString> ComposerWidget::exportAs(RequestExport::Format format) const
{
    const auto profile = m_profile.isNull() ? std::nullopt : m_services->profiles().find(m_profile);
    DraftExport::Context context;
    context.profile = profile ? &*profile : nullptr;
    context.reveal = m_revealed;
    if (profile) {
        const SecretVariables &secrets = m_services->secretVariables();
        context.session = m_services->sessions().session(m_profile);
        context.secretNames = secrets.names(m_profile);
        context.secretValues = secrets.known(m_profile);
    }
    return DraftExport::exportDraft(format, draft(), context);
}

void ComposerWidget::copyAs(RequestExport::Format format)
{
    const auto copy = [this, format] {
        const auto text = exportAs(format);
        if (!text) {
            m_problem->setText(text.error().message);
            m_problem->show();
            return;
        }
        m_problem->hide();
        const QString name = RequestExport::formatName(format);
        if (!m_revealed) {
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
    if (!m_revealed) {
        copy();
        return;
    }
    // Revealed, the command carries the values of the secret variables it uses.
    m_services->secretVariables().valuesFor(m_profile, draft(), this,
                                            [copy](const Variables &) { copy(); });
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
    m_reveal->setEnabled(false);
    if (!profile) {
        m_authLabel->setText(tr("No profile chosen: the request is sent without credentials."));
        m_originNote->hide();
        return;
    }
    const auto session = m_services->sessions().session(m_profile);
    // Only what will be sent is shown: the send path's own answer to where the URL goes.
    const auto target =
        RequestRunner::target(*profile, session ? &*session : nullptr, m_url->text());
    m_originNote->setVisible(target.offOrigin);
    if (target.offOrigin) {
        const Origin home = Origin::of(profile->baseUrl);
        // Reveal still shows the secrets typed into the request itself (Copy as).
        m_reveal->setEnabled(session && session->isValid());
        m_authLabel->setText(tr("No credentials go with this request."));
        m_originNote->setText(tr("%1 is not on this profile's origin (%2): its token stays "
                                 "home.")
                                  .arg(Origin::of(target.url).toString(), home.toString()));
        return;
    }
    const TokenDelivery delivery =
        session ? session->token.delivery() : SessionManager::deliveryOf(*profile);
    if (session && session->isValid()) {
        m_reveal->setEnabled(true);
        m_authLabel->setText(
            delivery.headerLine(m_revealed ? session->token.raw() : masked(session->token.raw())));
    } else {
        m_authLabel->setText(tr("%1 (from a login when the request is sent)")
                                 .arg(delivery.headerLine(QString()).trimmed()));
    }
}

void ComposerWidget::updateVariables()
{
    const auto profile = m_profile.isNull() ? std::nullopt : m_services->profiles().find(m_profile);
    Variables variables;
    if (profile) {
        const auto session = m_services->sessions().session(m_profile);
        variables = Variables::forProfile(*profile, session ? &*session : nullptr);
    }
    m_variables->setRowCount(0);
    const auto addRow = [this](const QString &name, const QString &value, const QString &origin) {
        const int r = m_variables->rowCount();
        m_variables->insertRow(r);
        m_variables->setItem(r, 0, new QTableWidgetItem(QStringLiteral("{{%1}}").arg(name)));
        m_variables->setItem(r, 1, new QTableWidgetItem(value));
        m_variables->setItem(r, 2, new QTableWidgetItem(origin));
    };
    for (const auto &v : variables.all())
        addRow(v.name, v.value, v.origin);
    // Secrets typed into saved requests: their names, never their values.
    const QStringList secretNames =
        m_profile.isNull() ? QStringList() : m_services->secretVariables().names(m_profile);
    for (const QString &name : secretNames)
        addRow(name, masked(QString()), tr("secret, in the keychain"));

    // Hovering the URL shows what each {{name}} in it stands for.
    QStringList lines;
    for (const auto &ref : Variables::references(m_url->text())) {
        const auto *v = variables.find(ref.name);
        const QString line = v ? QStringLiteral("{{%1}} = %2").arg(ref.name, v->value)
                             : secretNames.contains(ref.name)
                                 ? QStringLiteral("{{%1}} = %2").arg(ref.name, masked(QString()))
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

void ComposerWidget::validateJson()
{
    if (m_bodyKind->currentData().toInt() != int(RequestDraft::BodyKind::Json))
        return;
    const QString text = m_jsonEdit->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_jsonStatus->setText(tr("Empty body"));
        m_jsonStatus->setStyleSheet(QString());
        m_formatJson->setEnabled(false);
        return;
    }
    // {{variables}} are replaced before sending; check the JSON as it will be, with a stand-in.
    QString checked = text;
    for (const auto &ref : Variables::references(text))
        checked.replace(ref.start, ref.length, QString(ref.length, QLatin1Char('0')));
    QJsonParseError error;
    const QByteArray utf8 = checked.toUtf8();
    QJsonDocument::fromJson(utf8, &error);
    const bool valid = error.error == QJsonParseError::NoError;
    if (valid) {
        m_jsonStatus->setText(tr("Valid JSON"));
        m_jsonStatus->setStyleSheet(QStringLiteral("QLabel { color: #2e7d32; }"));
    } else {
        const QByteArray before = utf8.left(error.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(before.size() - before.lastIndexOf('\n'));
        m_jsonStatus->setText(
            tr("Line %1, column %2: %3").arg(line).arg(column).arg(error.errorString()));
        m_jsonStatus->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    }
    m_formatJson->setEnabled(valid && utf8 == text.toUtf8());
    if (valid && utf8 != text.toUtf8())
        m_formatJson->setToolTip(tr("Formatting keeps {{variables}} as they are only in strings; "
                                    "format before adding variables outside strings."));
}

void ComposerWidget::formatJson()
{
    const QByteArray text = m_jsonEdit->toPlainText().toUtf8();
    QJsonParseError error;
    QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return;
    // Through the editor's undo stack, so Ctrl+Z brings the original back.
    QTextCursor cursor(m_jsonEdit->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(QString::fromUtf8(JsonText::indented(text, 2)));
}

void ComposerWidget::chooseBodyFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose the File to Send"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { m_filePath->setText(path); });
    dialog->open();
}
