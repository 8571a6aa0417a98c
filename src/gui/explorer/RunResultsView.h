#pragma once

#include "explorer/CollectionRunner.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

// The results of a collection run: a line per request (pass or fail, status, time) with its
// failed checks in words beneath it, and a summary. Opening a request's line asks for its
// history entry, which holds the response.
class RunResultsView : public QWidget
{
    Q_OBJECT

public:
    explicit RunResultsView(QWidget *parent = nullptr);

    void clear();
    // A line above the results: a run in progress, a problem (rich text, escaped by the caller).
    void setMessage(const QString &text);
    void showStep(const CollectionRunner::Step &step);
    void showSummary(const CollectionRunner::Summary &summary);

Q_SIGNALS:
    void historyEntryRequested(qint64 id);

private:
    QLabel *m_summary;
    QTreeWidget *m_results;
};
