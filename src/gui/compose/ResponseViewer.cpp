#include "ResponseViewer.h"

#include "body/BodyView.h"

#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString statusColour(int status)
{
    if (status >= 200 && status < 300)
        return QStringLiteral("#2e7d32");
    if (status >= 300 && status < 400)
        return QStringLiteral("#1565c0");
    if (status >= 400 && status < 500)
        return QStringLiteral("#c77700");
    return QStringLiteral("#b00020");
}

} // namespace

ResponseViewer::ResponseViewer(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_time(new QLabel(this))
    , m_size(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_notice(new QLabel(this))
    , m_trustCa(new QPushButton(tr("Trust This Certificate Authority…"), this))
    , m_tabs(new QTabWidget(this))
    , m_body(new BodyView(this))
    , m_headers(new QTableWidget(0, 2, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 6);
    auto *line = new QHBoxLayout;
    m_status->setObjectName(QStringLiteral("responseStatusLabel"));
    m_time->setObjectName(QStringLiteral("responseTimeLabel"));
    m_size->setObjectName(QStringLiteral("responseSizeLabel"));
    m_progress->setObjectName(QStringLiteral("downloadProgressBar"));
    m_progress->setMaximumWidth(240);
    m_progress->setTextVisible(true);
    m_progress->hide();
    line->addWidget(m_status);
    line->addWidget(m_time);
    line->addWidget(m_size);
    line->addWidget(m_progress);
    line->addStretch(1);
    layout->addLayout(line);

    auto *noticeLine = new QHBoxLayout;
    m_notice->setObjectName(QStringLiteral("responseNoticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    noticeLine->addWidget(m_notice, 1);
    m_trustCa->setObjectName(QStringLiteral("trustCaButton"));
    m_trustCa->hide();
    connect(m_trustCa, &QPushButton::clicked, this, [this] {
        if (m_trustOffer)
            Q_EMIT trustRequested(m_trustProfile, *m_trustOffer);
    });
    noticeLine->addWidget(m_trustCa, 0, Qt::AlignTop);
    layout->addLayout(noticeLine);

    m_tabs->setObjectName(QStringLiteral("responseTabWidget"));
    m_tabs->setDocumentMode(true);
    m_body->setObjectName(QStringLiteral("bodyView"));
    m_tabs->addTab(m_body, tr("Body"));
    m_headers->setObjectName(QStringLiteral("responseHeadersTableWidget"));
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->horizontalHeader()->resizeSection(0, 220);
    m_headers->verticalHeader()->hide();
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tabs->addTab(m_headers, tr("Headers"));
    layout->addWidget(m_tabs, 1);

    clear();
}

ResponseViewer::~ResponseViewer()
{
    m_body->clear();
    dropBodyFile();
}

QString ResponseViewer::statusText() const
{
    return m_status->text();
}

void ResponseViewer::dropBodyFile()
{
    if (!m_bodyFile.isEmpty())
        QFile::remove(m_bodyFile);
    m_bodyFile.clear();
}

void ResponseViewer::setSecureClipboard(SecureClipboard *clipboard)
{
    m_body->setSecureClipboard(clipboard);
}

void ResponseViewer::clear()
{
    m_body->clear();
    dropBodyFile();
    m_status->setText(tr("No response yet"));
    m_status->setStyleSheet(QString());
    m_time->clear();
    m_size->clear();
    m_notice->clear();
    m_notice->hide();
    m_trustOffer.reset();
    m_trustCa->hide();
    m_progress->hide();
    m_headers->setRowCount(0);
    m_tabs->setTabText(1, tr("Headers"));
}

void ResponseViewer::showRunning(const QUrl &url)
{
    m_trustOffer.reset();
    m_trustCa->hide();
    m_status->setText(tr("Sending…"));
    m_status->setStyleSheet(QString());
    m_time->clear();
    m_size->clear();
    m_notice->setText(url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    m_notice->setStyleSheet(QString());
    m_notice->show();
    m_progress->setRange(0, 0);
    m_progress->show();
}

void ResponseViewer::showProgress(qint64 received, qint64 total)
{
    const QLocale locale;
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(received * 1000 / total));
        m_progress->setFormat(
            tr("%1 of %2")
                .arg(locale.formattedDataSize(received), locale.formattedDataSize(total)));
    } else {
        m_progress->setRange(0, 0);
        m_progress->setFormat(locale.formattedDataSize(received));
    }
    m_size->setText(locale.formattedDataSize(received));
}

void ResponseViewer::showOutcome(const RequestRunner::Outcome &outcome)
{
    m_progress->hide();
    m_body->clear();
    dropBodyFile();
    m_headers->setRowCount(0);
    m_trustOffer.reset();
    m_trustCa->hide();
    if (!outcome.response) {
        const Error &error = outcome.response.error();
        m_status->setText(error.kind == Error::Kind::Cancelled ? tr("Cancelled") : tr("Failed"));
        m_status->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                                    .arg(error.kind == Error::Kind::Cancelled
                                             ? QStringLiteral("#555555")
                                             : QStringLiteral("#b00020")));
        m_time->clear();
        m_size->clear();
        m_notice->setText(error.message);
        m_notice->setStyleSheet(QString());
        m_notice->show();
        if (!outcome.profileId.isNull())
            m_trustOffer = CaTrust::offer(error);
        m_trustProfile = outcome.profileId;
        m_trustCa->setVisible(m_trustOffer.has_value());
        return;
    }
    const HttpResponse &r = outcome.response.value();
    const QLocale locale;
    m_status->setText(QStringLiteral("%1 %2").arg(r.status).arg(QString::fromLatin1(r.reason)));
    m_status->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white;"
                                           " border-radius: 3px; padding: 2px 8px;"
                                           " font-weight: bold; }")
                                .arg(statusColour(r.status)));
    m_time->setText(tr("%1 ms").arg(r.elapsedMs));
    m_size->setText(QStringLiteral("· ") + locale.formattedDataSize(r.bodySize));
    QStringList notes;
    if (outcome.renewedSession)
        notes << tr("The server refused the token; Tokenbench logged in again and resent it.");
    if (!outcome.credentialAttached && !outcome.profileId.isNull())
        notes << tr("Sent without credentials: the URL is not on the profile's origin.");
    if (r.redirects > 0)
        notes << tr("Followed %n redirect(s) to %1.", nullptr, r.redirects)
                     .arg(r.finalUrl.toString(QUrl::RemoveUserInfo));
    m_notice->setText(notes.join(QLatin1Char(' ')));
    m_notice->setStyleSheet(QString());
    m_notice->setVisible(!notes.isEmpty());

    for (const auto &h : r.headers) {
        const int row = m_headers->rowCount();
        m_headers->insertRow(row);
        m_headers->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(h.first)));
        m_headers->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(h.second)));
    }
    m_tabs->setTabText(1, tr("Headers (%1)").arg(r.headers.size()));

    const QString type = QString::fromLatin1(r.header("Content-Type"));
    if (!r.bodyFile.isEmpty()) {
        m_bodyFile = r.bodyFile;
        m_body->setBodyFile(r.bodyFile, type);
    } else {
        m_body->setBody(r.body, type);
    }
}

void ResponseViewer::showTrusted()
{
    m_trustOffer.reset();
    m_trustCa->hide();
    m_notice->setText(
        tr("The certificate authority is trusted for this profile now: send the request again."));
    m_notice->show();
}
