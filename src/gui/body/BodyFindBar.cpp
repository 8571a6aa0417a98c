#include "body/BodyFindBar.h"

#include "body/BodyDocument.h"
#include "body/BodySearch.h"
#include "body/BodySource.h"
#include "body/BodyTextView.h"
#include "body/BodyToolBar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace {
constexpr int SearchDelayMs = 250;
} // namespace

BodyFindBar::BodyFindBar(BodyWorker *worker, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
{
    setObjectName(QStringLiteral("bodyFindBar"));
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Search the body (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(100);
    m_searchEdit->installEventFilter(this);
    m_matchLabel = new QLabel(this);
    m_matchLabel->setObjectName(QStringLiteral("matchCountLabel"));
    // No reserved width: the viewer sits beside the explorer and must fit a narrow column.
    m_previousButton =
        BodyToolBar::toolButton(this, QStringLiteral("previousMatchButton"),
                                QStringLiteral("\u25b2"), tr("Previous match (Shift+F3)"));
    m_nextButton = BodyToolBar::toolButton(this, QStringLiteral("nextMatchButton"),
                                           QStringLiteral("\u25bc"), tr("Next match (F3)"));
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &BodyFindBar::runSearch);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_previousButton, &QToolButton::clicked, this, &BodyFindBar::findPrevious);
    connect(m_nextButton, &QToolButton::clicked, this, &BodyFindBar::findNext);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_searchEdit, 1);
    layout->addWidget(m_matchLabel);
    layout->addWidget(m_previousButton);
    layout->addWidget(m_nextButton);
}

BodyFindBar::~BodyFindBar() = default;

void BodyFindBar::addShortcuts(QWidget *scope)
{
    // Ctrl+F searches this body while it has focus: the window gives up its own Find then
    // (MainWindow), so the shortcut is never ambiguous.
    scope->setProperty("ownsFindShortcut", true);
    auto *find =
        new QShortcut(QKeySequence::Find, scope, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    auto *next = new QShortcut(QKeySequence::FindNext, scope, nullptr, nullptr,
                               Qt::WidgetWithChildrenShortcut);
    connect(next, &QShortcut::activated, this, &BodyFindBar::findNext);
    auto *previous = new QShortcut(QKeySequence::FindPrevious, scope, nullptr, nullptr,
                                   Qt::WidgetWithChildrenShortcut);
    connect(previous, &QShortcut::activated, this, &BodyFindBar::findPrevious);
}

bool BodyFindBar::eventFilter(QObject *watched, QEvent *event)
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

void BodyFindBar::setSource(std::shared_ptr<const BodySource> source)
{
    m_worker->cancel(m_searchJob);
    m_searchJob = 0;
    m_source = std::move(source);
    m_matches.reset();
    m_currentMatch = -1;
    updateMatchLabel();
}

QString BodyFindBar::text() const
{
    return m_searchEdit->text();
}

void BodyFindBar::setSearchText(const QString &text)
{
    const QSignalBlocker blocker(m_searchEdit);
    m_searchEdit->setText(text);
    m_searchTimer->stop();
    runSearch();
}

bool BodyFindBar::isSearching() const
{
    return m_searchJob != 0 || m_searchTimer->isActive();
}

int BodyFindBar::matchCount() const
{
    return m_matches ? int(m_matches->offsets.size()) : 0;
}

void BodyFindBar::setSearchEnabled(bool enabled)
{
    m_searchEdit->setEnabled(enabled);
}

int BodyFindBar::fieldHeight() const
{
    return m_searchEdit->sizeHint().height();
}

void BodyFindBar::runSearch()
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

void BodyFindBar::showMatch(int index)
{
    m_currentMatch = index;
    Q_EMIT currentMatchChanged(index);
    updateMatchLabel();
}

void BodyFindBar::findNext()
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

void BodyFindBar::findPrevious()
{
    const int count = matchCount();
    if (count > 0)
        showMatch((m_currentMatch - 1 + count) % count);
}

void BodyFindBar::updateMatchLabel()
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
