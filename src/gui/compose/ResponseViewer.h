#pragma once

#include "compose/RequestRunner.h"
#include "net/CaTrust.h"

#include <QWidget>

class BodyView;
class SecureClipboard;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;

// The answer to the last request: status, total time and size, the response headers and the
// body (BodyView: pretty JSON, raw text or an image, for bodies of any size). It owns the
// temporary file a large body was streamed to and removes it when the next answer comes.
class ResponseViewer : public QWidget
{
    Q_OBJECT

public:
    explicit ResponseViewer(QWidget *parent = nullptr);
    ~ResponseViewer() override;

    void showRunning(const QUrl &url);
    void showProgress(qint64 received, qint64 total);
    void showOutcome(const RequestRunner::Outcome &outcome);
    // The server refused the token and the profile does not log in again by itself: offer it.
    void clear();

    BodyView *bodyView() const { return m_body; }
    // Where a copied body that holds a secret goes (marked and cleared).
    void setSecureClipboard(SecureClipboard *clipboard);
    QString statusText() const;
    // The certificate authority offered with trustRequested() is now the profile's.
    void showTrusted();

Q_SIGNALS:
    // The request failed only for want of a trusted authority, and the person asks to trust the
    // one the server sent for the request's profile.
    void trustRequested(const QUuid &profileId, const CaTrust::Offer &offer);

private:
    void dropBodyFile();

    QLabel *m_status;
    QLabel *m_time;
    QLabel *m_size;
    QProgressBar *m_progress;
    QLabel *m_notice;
    QPushButton *m_trustCa;
    std::optional<CaTrust::Offer> m_trustOffer;
    QUuid m_trustProfile;
    QTabWidget *m_tabs;
    BodyView *m_body;
    QTableWidget *m_headers;
    QString m_bodyFile;
};
