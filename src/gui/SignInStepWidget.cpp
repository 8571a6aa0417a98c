#include "SignInStepWidget.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInStepWidget::SignInStepWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("signInHeadingLabel"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("signInExplanationLabel"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_explanation->setOpenExternalLinks(true);
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("signInValueLineEdit"));
    m_value->setReadOnly(true);
    auto *buttons = new QHBoxLayout;
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openBrowserButton"));
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copySignInValueButton"));
    m_copied = new QLabel(this);
    m_copied->setObjectName(QStringLiteral("signInCopiedLabel"));
    buttons->addWidget(m_open);
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    m_copied->setWordWrap(true);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addWidget(m_value);
    layout->addLayout(buttons);
    layout->addWidget(m_copied);
    layout->addStretch(1);
    connect(m_open, &QPushButton::clicked, this, &SignInStepWidget::openBrowser);
    connect(m_copy, &QPushButton::clicked, this, &SignInStepWidget::copy);
}

void SignInStepWidget::show(const SignInStep &step)
{
    m_step = step;
    m_copied->clear();
    m_copied->hide();
    const QString until =
        step.expiresAt.isValid()
            ? QLocale().toString(step.expiresAt.toLocalTime().time(), QLocale::ShortFormat)
            : QString();
    if (step.kind == SignInStep::Kind::OpenBrowser) {
        m_heading->setText(tr("Continue in your browser"));
        m_explanation->setText(
            tr("Tokenbench opened the sign-in page in your browser and waits for it until %1. "
               "If no page opened, open this address yourself:")
                .arg(until));
        m_value->setText(step.url.toString(QUrl::FullyEncoded));
        m_value->setCursorPosition(0); // the server's name first, not the end of the query
        m_value->setAccessibleName(tr("Sign-in address"));
        m_value->setFont(QFont());
        m_open->setText(tr("Open &Browser Again"));
        m_copy->setText(tr("Copy &Address"));
        openBrowser();
    } else {
        const QString address = step.url.toDisplayString();
        m_heading->setText(tr("Enter this code on another device"));
        m_explanation->setText(
            tr("Go to <a href=\"%1\">%2</a> on any device, sign in and enter the code below. "
               "Tokenbench waits until %3.")
                .arg(step.url.toString(QUrl::FullyEncoded).toHtmlEscaped(), address.toHtmlEscaped(),
                     until));
        m_value->setText(step.userCode);
        m_value->setAccessibleName(tr("Code to enter"));
        QFont big = QFont();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        big.setLetterSpacing(QFont::AbsoluteSpacing, 2);
        m_value->setFont(big);
        m_value->setAlignment(Qt::AlignCenter);
        m_open->setText(tr("Open &Browser"));
        m_copy->setText(tr("Copy &Code"));
    }
    m_open->setAccessibleName(m_open->text().remove(QLatin1Char('&')));
    m_copy->setAccessibleName(m_copy->text().remove(QLatin1Char('&')));
}

void SignInStepWidget::openBrowser()
{
    // The device flow's page with the code filled in, when the server offers one.
    const QUrl url = m_step.kind == SignInStep::Kind::EnterCode && m_step.completeUrl.isValid() &&
                             !m_step.completeUrl.isEmpty()
                         ? m_step.completeUrl
                         : m_step.url;
    if (QDesktopServices::openUrl(url))
        return;
    if (m_step.kind == SignInStep::Kind::OpenBrowser) {
        const QString until =
            QLocale().toString(m_step.expiresAt.toLocalTime().time(), QLocale::ShortFormat);
        m_explanation->setText(tr("No browser could be opened here. Open this address in a "
                                  "browser yourself; Tokenbench waits for it until %1:")
                                   .arg(until));
    } else {
        m_copied->setText(tr("No browser could be opened here: go to the address on any device."));
        m_copied->show();
    }
}

void SignInStepWidget::copy()
{
    QGuiApplication::clipboard()->setText(m_value->text());
    m_copied->setText(m_step.kind == SignInStep::Kind::EnterCode ? tr("Code copied.")
                                                                 : tr("Address copied."));
    m_copied->show();
}
