#include "body/BodyView.h"

#include "SecureClipboard.h"
#include "body/BodyImageView.h"
#include "body/BodySearch.h"
#include "body/BodySource.h"
#include "body/BodyTextView.h"
#include "body/PrettyJsonDocument.h"
#include "body/RawTextDocument.h"
#include "util/Redactor.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <climits>

namespace {
constexpr int SearchDelayMs = 250;
constexpr int ProgressEveryMs = 50;
// Beyond this a copied text is searched for this session's secrets only: reading its fields
// as JSON or a form would hold the GUI thread too long.
constexpr qsizetype MaxSecretFieldScan = 4 << 20;

bool holdsSecret(const QString &text, const QString &contentType)
{
    if (text.size() > MaxSecretFieldScan)
        return !Redactor::registeredIn(text).isEmpty();
    return Redactor::holdsSecret(text.toUtf8(), contentType.toUtf8());
}

// Beyond these, copying would hold the GUI thread for seconds and the clipboard for gigabytes.
constexpr qint64 MaxCopyBytes = 64 << 20;
constexpr int MaxCopyRows = 200000;

bool looksLikeJson(const BodySource &source)
{
    const char *p = source.data();
    const char *end = p + std::min<qint64>(source.size(), 4096);
    if (end - p >= 3 && uchar(p[0]) == 0xEF && uchar(p[1]) == 0xBB && uchar(p[2]) == 0xBF)
        p += 3;
    while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
        ++p;
    return p < end && (*p == '{' || *p == '[');
}

// Reports progress from a worker at a bounded rate, so the GUI thread is not flooded.
std::function<void(int)> throttledProgress(const BodyWorker::Context &context,
                                           std::function<void(int)> report)
{
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    return [context, report = std::move(report), clock](int percent) {
        if (clock->elapsed() < ProgressEveryMs && percent < 100)
            return;
        clock->restart();
        context.post([report, percent] { report(percent); });
    };
}
} // namespace

BodyView::BodyView(QWidget *parent)
    : QWidget(parent)
    , m_worker(std::make_unique<BodyWorker>())
{
    setObjectName(QStringLiteral("bodyView"));
    buildUi();
    clear();
}

BodyView::~BodyView() = default;

void BodyView::buildUi()
{
    auto toolButton = [this](const QString &name, const QString &text, const QString &tip) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setText(text);
        button->setToolTip(tip);
        button->setAutoRaise(true);
        return button;
    };
    m_prettyButton = toolButton(QStringLiteral("prettyModeButton"), tr("Pretty"),
                                tr("Indented JSON with folding"));
    m_rawButton =
        toolButton(QStringLiteral("rawModeButton"), tr("Raw"), tr("The body exactly as received"));
    m_imageButton =
        toolButton(QStringLiteral("imageModeButton"), tr("Image"), tr("A preview of the image"));
    for (QToolButton *button : {m_prettyButton, m_rawButton, m_imageButton}) {
        button->setCheckable(true);
        button->setAutoExclusive(true);
    }
    connect(m_prettyButton, &QToolButton::clicked, this, [this] { setMode(Mode::Pretty); });
    connect(m_rawButton, &QToolButton::clicked, this, [this] { setMode(Mode::Raw); });
    connect(m_imageButton, &QToolButton::clicked, this, [this] { setMode(Mode::Image); });

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Search the body (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(100);
    m_searchEdit->installEventFilter(this);
    m_matchLabel = new QLabel(this);
    m_matchLabel->setObjectName(QStringLiteral("matchCountLabel"));
    // No reserved width: the viewer sits beside the explorer and must fit a narrow column.
    m_previousButton = toolButton(QStringLiteral("previousMatchButton"), QStringLiteral("\u25b2"),
                                  tr("Previous match (Shift+F3)"));
    m_nextButton = toolButton(QStringLiteral("nextMatchButton"), QStringLiteral("\u25bc"),
                              tr("Next match (F3)"));
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &BodyView::runSearch);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_previousButton, &QToolButton::clicked, this, &BodyView::findPrevious);
    connect(m_nextButton, &QToolButton::clicked, this, &BodyView::findNext);

    // Symbols rather than words: the bar must fit beside the explorer in any language.
    m_expandButton = toolButton(QStringLiteral("expandAllButton"), QStringLiteral("\u229e"),
                                tr("Expand all: unfold every object and array"));
    m_collapseButton = toolButton(QStringLiteral("collapseAllButton"), QStringLiteral("\u229f"),
                                  tr("Collapse all: fold every object and array below the top"));
    connect(m_expandButton, &QToolButton::clicked, this, &BodyView::expandAll);
    connect(m_collapseButton, &QToolButton::clicked, this, &BodyView::collapseAll);
    m_copyButton = toolButton(QStringLiteral("copyButton"), tr("Copy"),
                              tr("Copy the selected lines, or the whole body"));
    m_saveButton =
        toolButton(QStringLiteral("saveButton"), tr("Save\u2026"), tr("Save the body to a file"));
    connect(m_copyButton, &QToolButton::clicked, this, &BodyView::copy);
    connect(m_saveButton, &QToolButton::clicked, this, &BodyView::chooseSaveFile);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loadingProgressBar"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(120);
    m_progress->setMaximumHeight(m_searchEdit->sizeHint().height() * 2 / 3);
    m_progress->setTextVisible(false);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(2);
    bar->addWidget(m_prettyButton);
    bar->addWidget(m_rawButton);
    bar->addWidget(m_imageButton);
    bar->addSpacing(8);
    bar->addWidget(m_searchEdit, 1);
    bar->addWidget(m_matchLabel);
    bar->addWidget(m_previousButton);
    bar->addWidget(m_nextButton);
    bar->addSpacing(8);
    bar->addWidget(m_expandButton);
    bar->addWidget(m_collapseButton);
    bar->addWidget(m_copyButton);
    bar->addWidget(m_saveButton);
    bar->addWidget(m_progress);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->setContentsMargins(6, 3, 6, 3);
    m_messageLabel->setAutoFillBackground(true);
    QPalette banner = m_messageLabel->palette();
    banner.setColor(QPalette::Window, banner.color(QPalette::ToolTipBase));
    banner.setColor(QPalette::WindowText, banner.color(QPalette::ToolTipText));
    m_messageLabel->setPalette(banner);

    m_textView = new BodyTextView(this);
    connect(m_textView, &BodyTextView::copyRequested, this, &BodyView::copy);
    m_imageView = new BodyImageView(this);
    m_imageInfoLabel = new QLabel(this);
    m_imageInfoLabel->setObjectName(QStringLiteral("imageInfoLabel"));
    m_imageInfoLabel->setAlignment(Qt::AlignCenter);
    auto *imagePage = new QWidget(this);
    auto *imageLayout = new QVBoxLayout(imagePage);
    imageLayout->setContentsMargins(0, 0, 0, 4);
    imageLayout->addWidget(m_imageView, 1);
    imageLayout->addWidget(m_imageInfoLabel);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setEnabled(false);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("bodyStackedWidget"));
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_textView);
    m_stack->addWidget(imagePage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_stack, 1);

    // Ctrl+F searches this body while it has focus: the window gives up its own Find then
    // (MainWindow), so the shortcut is never ambiguous.
    setProperty("ownsFindShortcut", true);
    auto *find =
        new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    auto *next = new QShortcut(QKeySequence::FindNext, this, nullptr, nullptr,
                               Qt::WidgetWithChildrenShortcut);
    connect(next, &QShortcut::activated, this, &BodyView::findNext);
    auto *previous = new QShortcut(QKeySequence::FindPrevious, this, nullptr, nullptr,
                                   Qt::WidgetWithChildrenShortcut);
    connect(previous, &QShortcut::activated, this, &BodyView::findPrevious);
}

bool BodyView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // Enter right after typing searches now rather than after the delay.
            if (m_searchTimer->isActive()) {
                m_searchTimer->stop();
                runSearch();
            } else if (key->modifiers() & Qt::ShiftModifier) {
                findPrevious();
            } else {
                findNext();
            }
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_searchEdit->text().isEmpty()) {
            m_searchEdit->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void BodyView::clear()
{
    for (BodyWorker::JobId job : {m_jsonJob, m_rawJob, m_imageJob, m_searchJob})
        m_worker->cancel(job);
    m_jsonJob = m_rawJob = m_imageJob = m_searchJob = 0;
    m_source.reset();
    m_kind = Kind::None;
    m_mode = Mode::Raw;
    m_contentType.clear();
    m_jsonFailed = false;
    m_loadedEmitted = false;
    m_textView->setDocument(nullptr);
    m_textView->setMatches(nullptr);
    m_pretty.reset();
    m_raw.reset();
    m_image = QImage();
    m_imageFormat.clear();
    m_imageView->setImage(QImage());
    m_matches.reset();
    m_currentMatch = -1;
    m_emptyLabel->setText(tr("No body"));
    m_stack->setCurrentWidget(m_emptyLabel);
    setMessage({});
    updateControls();
    updateMatchLabel();
}

void BodyView::setBody(const QByteArray &body, const QString &contentType)
{
    clear();
    m_source = BodySource::fromBytes(body);
    start(contentType);
}

void BodyView::setBodyFile(const QString &path, const QString &contentType)
{
    clear();
    auto source = BodySource::fromFile(path);
    if (!source.ok()) {
        setMessage(source.error().message);
        Q_EMIT loadFailed(source.error().message);
        return;
    }
    m_source = source.value();
    start(contentType);
}

void BodyView::start(const QString &contentType)
{
    m_contentType = contentType;
    if (m_source->size() == 0) {
        m_loadedEmitted = true;
        updateControls();
        Q_EMIT loaded();
        return;
    }
    const QString type = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (type.startsWith(QLatin1String("image/"))) {
        m_kind = Kind::Image;
        m_mode = Mode::Image;
        startImage();
    } else if (type.contains(QLatin1String("json")) ||
               ((type.isEmpty() || type == QLatin1String("text/plain") ||
                 type == QLatin1String("application/octet-stream")) &&
                looksLikeJson(*m_source))) {
        m_kind = Kind::Json;
        m_mode = Mode::Pretty;
        startJson();
    } else {
        m_kind = Kind::Text;
        m_mode = Mode::Raw;
        startRaw();
    }
    m_emptyLabel->setText(tr("Loading\u2026"));
    updateControls();
}

void BodyView::startJson()
{
    auto source = m_source;
    m_jsonJob = m_worker->start([this, source](const BodyWorker::Context &context) {
        JsonIndexCallbacks callbacks;
        callbacks.cancelled = context.cancelFunction();
        callbacks.progress = throttledProgress(context, [this](int p) { setProgress(p); });
        callbacks.partial = [this, context, source](std::shared_ptr<const JsonLineIndex> early) {
            context.post([this, source, early] {
                if (m_pretty)
                    return;
                m_pretty = std::make_shared<PrettyJsonDocument>(source, early);
                showDocument(Mode::Pretty, false);
            });
        };
        auto index = buildJsonLineIndex(source->data(), source->size(), callbacks);
        context.post([this, source, index] {
            m_jsonJob = 0;
            if (!index.ok()) {
                if (index.error().kind == Error::Kind::Cancelled)
                    return;
                m_jsonFailed = true;
                m_pretty.reset();
                const QString message = tr("%1. Showing it as text.").arg(index.error().message);
                setMessage(message);
                Q_EMIT loadFailed(message);
                setMode(Mode::Raw);
                return;
            }
            const bool continues = m_pretty != nullptr;
            m_pretty = std::make_shared<PrettyJsonDocument>(source, index.value());
            showDocument(Mode::Pretty, continues);
            finishLoading();
        });
    });
    setProgress(0);
}

void BodyView::startRaw()
{
    auto source = m_source;
    m_rawJob = m_worker->start([this, source](const BodyWorker::Context &context) {
        RawIndexCallbacks callbacks;
        callbacks.cancelled = context.cancelFunction();
        callbacks.progress = throttledProgress(context, [this](int p) { setProgress(p); });
        callbacks.partial = [this, context, source](std::shared_ptr<const RawLineIndex> early) {
            context.post([this, source, early] {
                if (m_raw)
                    return;
                m_raw = std::make_shared<RawTextDocument>(source, early);
                showDocument(Mode::Raw, false);
            });
        };
        auto index = buildRawLineIndex(source->data(), source->size(), callbacks);
        if (!index.ok())
            return; // cancelled
        context.post([this, source, index] {
            m_rawJob = 0;
            const bool continues = m_raw != nullptr;
            m_raw = std::make_shared<RawTextDocument>(source, index.value());
            showDocument(Mode::Raw, continues);
            finishLoading();
        });
    });
    setProgress(0);
}

void BodyView::startImage()
{
    auto source = m_source;
    m_imageJob = m_worker->start([this, source](const BodyWorker::Context &context) {
        // Decoding a large image takes long enough to stall the window, so it happens here too.
        QByteArray bytes = QByteArray::fromRawData(source->data(), source->size());
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true);
        const QString format = QString::fromLatin1(reader.format()).toUpper();
        const QImage image = reader.read();
        const QString error = reader.errorString();
        context.post([this, image, format, error] {
            m_imageJob = 0;
            if (image.isNull()) {
                m_kind = Kind::Text;
                const QString message =
                    tr("Not a readable image (%1). Showing it as text.").arg(error);
                setMessage(message);
                Q_EMIT loadFailed(message);
                setMode(Mode::Raw);
                return;
            }
            m_image = image;
            m_imageFormat = format;
            m_imageView->setImage(image);
            m_imageInfoLabel->setText(tr("%1 image, %2 \u00d7 %3 pixels")
                                          .arg(format)
                                          .arg(image.width())
                                          .arg(image.height()));
            m_stack->setCurrentIndex(2);
            Q_EMIT contentShown();
            finishLoading();
        });
    });
    setProgress(0);
}

void BodyView::showDocument(Mode mode, bool keepPosition)
{
    if (m_mode != mode)
        return;
    std::shared_ptr<BodyDocument> document;
    if (mode == Mode::Pretty)
        document = m_pretty;
    else
        document = m_raw;
    m_textView->setDocument(document, keepPosition);
    m_textView->setMatches(m_matches);
    m_stack->setCurrentWidget(m_textView);
    if (!keepPosition)
        Q_EMIT contentShown();
    updateControls();
}

void BodyView::finishLoading()
{
    updateControls();
    if (!m_loadedEmitted && !isLoading()) {
        m_loadedEmitted = true;
        Q_EMIT loaded();
    }
    // A search typed while the body loaded ran over the early rows; now all rows exist.
    if (!m_searchEdit->text().isEmpty())
        runSearch();
}

void BodyView::setProgress(int percent)
{
    m_progress->setValue(percent);
    updateControls();
}

void BodyView::setMessage(const QString &text)
{
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
}

QString BodyView::message() const
{
    return m_messageLabel->text();
}

bool BodyView::isLoading() const
{
    return m_jsonJob || m_rawJob || m_imageJob;
}

bool BodyView::isModeAvailable(Mode mode) const
{
    switch (mode) {
    case Mode::Pretty:
        return m_kind == Kind::Json && !m_jsonFailed;
    case Mode::Raw:
        return m_source && m_source->size() > 0;
    case Mode::Image:
        return m_kind == Kind::Image;
    }
    return false;
}

void BodyView::setMode(Mode mode)
{
    if (!isModeAvailable(mode)) {
        updateControls();
        return;
    }
    m_mode = mode;
    if (mode == Mode::Image) {
        m_stack->setCurrentIndex(m_image.isNull() ? 0 : 2);
    } else if (mode == Mode::Pretty) {
        if (m_pretty)
            showDocument(mode, false);
        else
            m_stack->setCurrentWidget(m_emptyLabel);
    } else if (m_raw) {
        showDocument(mode, false);
    } else {
        m_stack->setCurrentWidget(m_emptyLabel);
        if (!m_rawJob)
            startRaw();
    }
    if (m_currentMatch >= 0)
        showMatch(m_currentMatch);
    updateControls();
}

void BodyView::updateControls()
{
    const bool hasBody = m_source && m_source->size() > 0;
    m_prettyButton->setVisible(m_kind == Kind::Json);
    m_prettyButton->setEnabled(isModeAvailable(Mode::Pretty));
    m_imageButton->setVisible(m_kind == Kind::Image);
    m_rawButton->setEnabled(hasBody);
    m_prettyButton->setChecked(m_mode == Mode::Pretty);
    m_rawButton->setChecked(m_mode == Mode::Raw);
    m_imageButton->setChecked(m_mode == Mode::Image);
    const bool foldable = m_mode == Mode::Pretty && m_pretty && m_pretty->isComplete();
    m_expandButton->setEnabled(foldable);
    m_collapseButton->setEnabled(foldable);
    m_searchEdit->setEnabled(hasBody);
    m_copyButton->setEnabled(hasBody);
    m_saveButton->setEnabled(hasBody);
    m_progress->setVisible(isLoading() || m_saveJob);
}

int BodyView::rowCount() const
{
    const BodyDocument *document = m_textView->document();
    return document && m_stack->currentWidget() == m_textView ? document->rowCount() : 0;
}

QString BodyView::displayedLine(int row) const
{
    const BodyDocument *document = m_textView->document();
    if (!document || row < 0 || row >= document->rowCount())
        return {};
    return document->row(row).text;
}

void BodyView::setSearchText(const QString &text)
{
    const QSignalBlocker blocker(m_searchEdit);
    m_searchEdit->setText(text);
    m_searchTimer->stop();
    runSearch();
}

bool BodyView::isSearching() const
{
    return m_searchJob != 0 || m_searchTimer->isActive();
}

int BodyView::matchCount() const
{
    return m_matches ? int(m_matches->offsets.size()) : 0;
}

void BodyView::runSearch()
{
    m_worker->cancel(m_searchJob);
    m_searchJob = 0;
    m_matches.reset();
    m_currentMatch = -1;
    m_textView->setMatches(nullptr);
    const QString needle = m_searchEdit->text();
    if (needle.isEmpty() || !m_source) {
        updateMatchLabel();
        return;
    }
    auto source = m_source;
    m_searchJob = m_worker->start([this, source, needle](const BodyWorker::Context &context) {
        auto matches = std::make_shared<SearchMatches>(
            BodySearch::find(source->data(), source->size(), needle, false,
                             BodySearch::DefaultLimit, context.cancelFunction()));
        if (matches->cancelled)
            return;
        context.post([this, matches] {
            m_searchJob = 0;
            m_matches = matches;
            m_textView->setMatches(m_matches);
            if (!m_matches->offsets.empty()) {
                // Start from the first match at or after the current line.
                int index = 0;
                if (BodyDocument *document = m_textView->document()) {
                    if (document->rowCount() > 0) {
                        const quint64 from = document->sourceRange(m_textView->currentRow()).first;
                        const auto &offsets = m_matches->offsets;
                        index = int(std::lower_bound(offsets.begin(), offsets.end(), from) -
                                    offsets.begin());
                        if (index >= int(offsets.size()))
                            index = 0;
                    }
                }
                showMatch(index);
            }
            updateMatchLabel();
        });
    });
    updateMatchLabel();
}

void BodyView::showMatch(int index)
{
    m_currentMatch = index;
    if (m_mode != Mode::Image)
        m_textView->setCurrentMatch(index);
    updateMatchLabel();
}

void BodyView::findNext()
{
    if (m_searchTimer->isActive()) {
        m_searchTimer->stop();
        runSearch();
        return;
    }
    const int count = matchCount();
    if (count > 0)
        showMatch((m_currentMatch + 1) % count);
}

void BodyView::findPrevious()
{
    const int count = matchCount();
    if (count > 0)
        showMatch((m_currentMatch - 1 + count) % count);
}

void BodyView::updateMatchLabel()
{
    const bool any = matchCount() > 0;
    m_previousButton->setEnabled(any);
    m_nextButton->setEnabled(any);
    if (m_searchEdit->text().isEmpty()) {
        m_matchLabel->clear();
    } else if (m_searchJob) {
        m_matchLabel->setText(tr("Searching\u2026"));
    } else if (!any) {
        m_matchLabel->setText(tr("No matches"));
    } else if (m_matches->truncated) {
        m_matchLabel->setText(tr("%1 of %2+").arg(m_currentMatch + 1).arg(matchCount()));
    } else {
        m_matchLabel->setText(tr("%1 of %2").arg(m_currentMatch + 1).arg(matchCount()));
    }
}

void BodyView::expandAll()
{
    if (m_mode == Mode::Pretty)
        m_textView->expandAll();
}

void BodyView::collapseAll()
{
    if (m_mode == Mode::Pretty)
        m_textView->collapseAll();
}

void BodyView::setSecureClipboard(SecureClipboard *clipboard)
{
    m_clipboard = clipboard;
}

void BodyView::copy()
{
    if (!m_source)
        return;
    QString text;
    if (m_stack->currentWidget() == m_textView && m_textView->hasSelection()) {
        const auto [first, last] = m_textView->selectedRows();
        if (last - first >= MaxCopyRows) {
            setMessage(tr("The selection is too large to copy; save the body instead."));
            return;
        }
        text = m_textView->selectedText();
    } else if (m_kind == Kind::Image && !m_image.isNull()) {
        QApplication::clipboard()->setImage(m_image);
        return;
    } else {
        if (m_source->size() > MaxCopyBytes) {
            setMessage(tr("The body is too large to copy; save it instead."));
            return;
        }
        text = QString::fromUtf8(m_source->data(), m_source->size());
    }
    if (!holdsSecret(text, m_contentType)) {
        QApplication::clipboard()->setText(text);
        return;
    }
    if (m_clipboard)
        m_clipboard->copySecret(text);
    else
        QApplication::clipboard()->setMimeData(SecureClipboard::secretMimeData(text));
    setMessage(tr("What you copied holds a secret: the clipboard marks it so for clipboard "
                  "managers, and Tokenbench clears it after a while."));
}

Result<bool> BodyView::saveTo(const QString &path) const
{
    if (!m_source)
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("body.none"),
                           tr("There is no body to save."));
    return m_source->saveTo(path);
}

QString BodyView::suggestedFileName() const
{
    if (!m_source)
        return {};
    if (!m_source->fileName().isEmpty() && m_kind == Kind::Text)
        return QFileInfo(m_source->fileName()).fileName();
    if (m_kind == Kind::Json)
        return QStringLiteral("response.json");
    if (m_kind == Kind::Image && !m_imageFormat.isEmpty())
        return QStringLiteral("response.") + m_imageFormat.toLower();
    return QStringLiteral("response.txt");
}

void BodyView::chooseSaveFile()
{
    if (!m_source)
        return;
    auto *dialog = new QFileDialog(this, tr("Save Body"), suggestedFileName());
    dialog->setObjectName(QStringLiteral("saveBodyFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &BodyView::saveInBackground);
    dialog->open();
}

void BodyView::saveInBackground(const QString &path)
{
    auto source = m_source;
    if (!source)
        return;
    m_saveJob = m_worker->start([this, source, path](const BodyWorker::Context &context) {
        auto progress = throttledProgress(context, [this](int p) { m_progress->setValue(p); });
        const Result<bool> saved = source->saveTo(path, context.cancelFunction(), progress);
        context.post([this, saved, path, size = source->size()] {
            m_saveJob = 0;
            const QString message = saved.ok() ? tr("Saved %n byte(s) to %1.", nullptr,
                                                    int(std::min<qint64>(size, INT_MAX)))
                                                     .arg(path)
                                               : saved.error().message;
            setMessage(message);
            updateControls();
            Q_EMIT saveFinished(saved.ok(), message);
        });
    });
    updateControls();
}
