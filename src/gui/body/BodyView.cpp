#include "body/BodyView.h"

#include "SecureClipboard.h"
#include "body/BodyFindBar.h"
#include "body/BodyImageView.h"
#include "body/BodyJobs.h"
#include "body/BodySearch.h"
#include "body/BodySource.h"
#include "body/BodyTextView.h"
#include "body/BodyToolBar.h"
#include "body/PrettyJsonDocument.h"
#include "body/RawTextDocument.h"
#include "util/Redactor.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
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
} // namespace

BodyView::BodyView(QWidget *parent)
    : QWidget(parent)
    , m_worker(std::make_unique<BodyWorker>())
{
    setObjectName(QStringLiteral("bodyView"));
    m_jobs = new BodyJobs(m_worker.get(), this);
    buildUi();
    connectJobs();
    clear();
}

BodyView::~BodyView() = default;

void BodyView::buildUi()
{
    m_toolBar = new BodyToolBar(m_worker.get(), this);
    m_findBar = m_toolBar->findBar();
    connect(m_toolBar->prettyButton(), &QToolButton::clicked, this,
            [this] { setMode(Mode::Pretty); });
    connect(m_toolBar->rawButton(), &QToolButton::clicked, this, [this] { setMode(Mode::Raw); });
    connect(m_toolBar->imageButton(), &QToolButton::clicked, this,
            [this] { setMode(Mode::Image); });
    connect(m_toolBar->expandButton(), &QToolButton::clicked, this, &BodyView::expandAll);
    connect(m_toolBar->collapseButton(), &QToolButton::clicked, this, &BodyView::collapseAll);
    connect(m_toolBar->copyButton(), &QToolButton::clicked, this, &BodyView::copy);
    connect(m_toolBar->saveButton(), &QToolButton::clicked, this, &BodyView::chooseSaveFile);
    m_findBar->addShortcuts(this);
    connect(m_findBar, &BodyFindBar::currentMatchChanged, this, [this](int index) {
        if (m_mode != Mode::Image)
            m_textView->setCurrentMatch(index);
    });

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
    m_findBar->setTextView(m_textView);
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
    layout->addWidget(m_toolBar);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_stack, 1);
}

void BodyView::connectJobs()
{
    connect(m_jobs, &BodyJobs::progress, this, &BodyView::setProgress);
    connect(m_jobs, &BodyJobs::saveProgress, m_toolBar->progress(), &QProgressBar::setValue);
    connect(m_jobs, &BodyJobs::jsonIndexed, this,
            [this](std::shared_ptr<const JsonLineIndex> index, bool early) {
                showIndex(m_pretty, std::move(index), early, Mode::Pretty);
            });
    connect(m_jobs, &BodyJobs::jsonFailed, this, &BodyView::showJsonFailure);
    connect(m_jobs, &BodyJobs::rawIndexed, this,
            [this](std::shared_ptr<const RawLineIndex> index, bool early) {
                showIndex(m_raw, std::move(index), early, Mode::Raw);
            });
    connect(m_jobs, &BodyJobs::imageRead, this, &BodyView::showImage);
    connect(m_jobs, &BodyJobs::saved, this, [this](bool ok, const QString &message) {
        setMessage(message);
        updateControls();
        Q_EMIT saveFinished(ok, message);
    });
}

void BodyView::clear()
{
    m_jobs->cancelLoading();
    m_findBar->setSource(nullptr);
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
    m_emptyLabel->setText(tr("No body"));
    m_stack->setCurrentWidget(m_emptyLabel);
    setMessage({});
    updateControls();
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
    m_findBar->setSource(m_source);
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
        m_jobs->readImage(m_source);
    } else if (type.contains(QLatin1String("json")) ||
               ((type.isEmpty() || type == QLatin1String("text/plain") ||
                 type == QLatin1String("application/octet-stream")) &&
                looksLikeJson(*m_source))) {
        m_kind = Kind::Json;
        m_mode = Mode::Pretty;
        m_jobs->indexJson(m_source);
    } else {
        m_kind = Kind::Text;
        m_mode = Mode::Raw;
        m_jobs->indexRaw(m_source);
    }
    m_emptyLabel->setText(tr("Loading\u2026"));
    updateControls();
}

// The early rows show only while nothing else does; the complete index continues them.
template<typename Document, typename Index>
void BodyView::showIndex(std::shared_ptr<Document> &document, std::shared_ptr<const Index> index,
                         bool early, Mode mode)
{
    if (early && document)
        return;
    const bool continues = !early && document != nullptr;
    document = std::make_shared<Document>(m_source, std::move(index));
    showDocument(mode, continues);
    if (!early)
        finishLoading();
}

void BodyView::showJsonFailure(const QString &error)
{
    m_jsonFailed = true;
    m_pretty.reset();
    const QString message = tr("%1. Showing it as text.").arg(error);
    setMessage(message);
    Q_EMIT loadFailed(message);
    setMode(Mode::Raw);
}

void BodyView::showImage(const QImage &image, const QString &format, const QString &error)
{
    if (image.isNull()) {
        m_kind = Kind::Text;
        const QString message = tr("Not a readable image (%1). Showing it as text.").arg(error);
        setMessage(message);
        Q_EMIT loadFailed(message);
        setMode(Mode::Raw);
        return;
    }
    m_image = image;
    m_imageFormat = format;
    m_imageView->setImage(image);
    m_imageInfoLabel->setText(
        tr("%1 image, %2 \u00d7 %3 pixels").arg(format).arg(image.width()).arg(image.height()));
    m_stack->setCurrentIndex(2);
    Q_EMIT contentShown();
    finishLoading();
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
    m_textView->setMatches(m_findBar->matches());
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
    if (!m_findBar->text().isEmpty())
        m_findBar->runSearch();
}

void BodyView::setProgress(int percent)
{
    m_toolBar->progress()->setValue(percent);
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
    return m_jobs->isLoading();
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
        if (!m_jobs->isIndexingRaw())
            m_jobs->indexRaw(m_source);
    }
    if (m_findBar->currentMatchIndex() >= 0)
        m_findBar->showMatch(m_findBar->currentMatchIndex());
    updateControls();
}

void BodyView::updateControls()
{
    const bool hasBody = m_source && m_source->size() > 0;
    const BodyToolBar &bar = *m_toolBar;
    bar.prettyButton()->setVisible(m_kind == Kind::Json);
    bar.prettyButton()->setEnabled(isModeAvailable(Mode::Pretty));
    bar.imageButton()->setVisible(m_kind == Kind::Image);
    bar.rawButton()->setEnabled(hasBody);
    bar.prettyButton()->setChecked(m_mode == Mode::Pretty);
    bar.rawButton()->setChecked(m_mode == Mode::Raw);
    bar.imageButton()->setChecked(m_mode == Mode::Image);
    const bool foldable = m_mode == Mode::Pretty && m_pretty && m_pretty->isComplete();
    bar.expandButton()->setEnabled(foldable);
    bar.collapseButton()->setEnabled(foldable);
    m_findBar->setSearchEnabled(hasBody);
    bar.copyButton()->setEnabled(hasBody);
    bar.saveButton()->setEnabled(hasBody);
    bar.progress()->setVisible(isLoading() || m_jobs->isSaving());
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
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (!m_source)
            return;
        m_jobs->save(m_source, path);
        updateControls();
    });
    dialog->open();
}
