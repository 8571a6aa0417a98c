#pragma once

#include "compose/RequestDraft.h"

#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <QWidget>

#include <optional>

class HistoryModel;
class HistoryStore;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
struct HistoryEntry;

// The request history: a search field, the table of past requests, the selected one's headers
// and bodies, and the way back into the composer. Reads and deletes through a HistoryStore; a
// store that could not be opened leaves the panel showing why.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(HistoryStore *store, QWidget *parent = nullptr);
    ~HistoryPanel() override;

    // Only one profile's requests; nullopt lists every profile's.
    void setProfileFilter(const std::optional<QUuid> &profile);
    // Lists and selects one entry, its response and details shown (a collection run's step):
    // the search is cleared when it would hide it. False when the history has no such entry.
    bool showEntry(qint64 id);
    // Reads the list again, keeping the selection where the entry is still listed.
    void refresh();
    // The selected entry's id, or 0.
    qint64 selectedId() const;

Q_SIGNALS:
    void openRequested(const RequestDraft &draft, const QUuid &profileId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void openSelected();
    void deleteSelected();
    void confirmClear();
    void showDetails();
    void updateButtons();
    void updateAvailability();
    void showProblem(const QString &text);
    static QString requestText(const HistoryEntry &e);
    static QString responseText(const HistoryEntry &e);

    QPointer<HistoryStore> m_store;
    HistoryModel *m_model;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_table;
    QPlainTextEdit *m_request;
    QPlainTextEdit *m_response;
    QPushButton *m_open;
    QPushButton *m_delete;
    QPushButton *m_clear;
    QLabel *m_status;
    QTimer m_refreshTimer;
    QTimer m_clock;
    std::optional<QUuid> m_profile;
    int m_rowAfterDelete = -1;
};
