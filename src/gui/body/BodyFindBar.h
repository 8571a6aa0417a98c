#pragma once

#include "body/BodyWorker.h"

#include <QWidget>

#include <memory>

class BodySource;
class BodyTextView;
struct SearchMatches;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

// The search part of BodyView's tool bar: the search field, the match count and the buttons that
// step through the matches. Searches run on the body's worker; the matches show in the text view.
class BodyFindBar : public QWidget
{
    Q_OBJECT

public:
    BodyFindBar(BodyWorker *worker, QWidget *parent);
    ~BodyFindBar() override;

    // Where the matches show; set before the first search.
    void setTextView(BodyTextView *textView) { m_textView = textView; }
    // Ctrl+F, F3 and Shift+F3 while `scope` or one of its children has focus.
    void addShortcuts(QWidget *scope);
    // The body searched from now on; cancels the search under way and forgets its matches.
    void setSource(std::shared_ptr<const BodySource> source);

    QString text() const;
    void setSearchText(const QString &text); // searches at once, without the typing delay
    void runSearch();
    bool isSearching() const;
    int matchCount() const;
    int currentMatchIndex() const { return m_currentMatch; }
    const std::shared_ptr<const SearchMatches> &matches() const { return m_matches; }
    void showMatch(int index);
    void findNext();
    void findPrevious();
    void setSearchEnabled(bool enabled);
    int fieldHeight() const;

Q_SIGNALS:
    void currentMatchChanged(int index);

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void updateMatchLabel();

    BodyWorker *m_worker;
    BodyTextView *m_textView = nullptr;
    std::shared_ptr<const BodySource> m_source;
    std::shared_ptr<const SearchMatches> m_matches;
    int m_currentMatch = -1;
    BodyWorker::JobId m_searchJob = 0;

    QLineEdit *m_searchEdit = nullptr;
    QLabel *m_matchLabel = nullptr;
    QToolButton *m_previousButton = nullptr;
    QToolButton *m_nextButton = nullptr;
    QTimer *m_searchTimer = nullptr;
};
