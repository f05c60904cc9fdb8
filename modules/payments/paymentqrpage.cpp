#include "paymentqrpage.h"

#include "camera/qrimage.h"
#include "i18n/translator.h"
#include "moduleapi/designsystem.h"
#include "moduleapi/noticebanner.h"
#include "payments/money.h"
#include "payments/paymentflow.h"
#include "platform/platformresult.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ssc {

PaymentQrPage::PaymentQrPage(const PaymentFlow& flow, QWidget* parent)
    : QWidget(parent), m_flow(flow), m_qr(new QLabel), m_what(new QLabel), m_steps(new QLabel),
      m_timeLeft(new QLabel), m_codeProblem(new NoticeBanner), m_cancel(new QPushButton)
{
    m_qr->setObjectName(QStringLiteral("paymentQr"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_what->setObjectName(QStringLiteral("sectionTitle"));
    m_what->setWordWrap(true);
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);
    m_timeLeft->setObjectName(QStringLiteral("paymentTimeLeft"));
    m_timeLeft->setWordWrap(true);
    m_codeProblem->hide();
    m_cancel->setObjectName(QStringLiteral("paymentCancel"));

    auto* words = new QVBoxLayout;
    words->setSpacing(24);
    words->addWidget(m_what);
    words->addWidget(m_steps);
    words->addWidget(m_timeLeft);
    words->addWidget(m_codeProblem);
    words->addStretch(1);
    auto* row = new QHBoxLayout;
    row->setSpacing(48);
    row->addWidget(m_qr, 0, Qt::AlignTop);
    row->addLayout(words, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(24);
    layout->addLayout(row, 1);
    layout->addLayout(buttons);
    refresh();
}

QString PaymentQrPage::timeLeftText() const
{
    const qint64 left = m_flow.secondsLeft(QDateTime::currentMSecsSinceEpoch());
    const QString minutes = QString::number(left / 60);
    const QString seconds = QStringLiteral("%1").arg(left % 60, 2, 10, QLatin1Char('0'));
    // After a refused code nothing is being waited for: say what can still be done, and until when.
    const PlatformResult& problem = m_flow.codeProblem();
    if (!problem.ok() && !problem.errorCode.isEmpty())
        return tr("You can still scan the QR code, or show another payment code. Time left: %1:%2")
            .arg(minutes, seconds);
    return tr("Waiting for your payment. Time left to pay: %1:%2").arg(minutes, seconds);
}

void PaymentQrPage::refresh()
{
    const QJsonObject& order = m_flow.order();
    const QString qr = order.value(QStringLiteral("qrCode")).toString();
    if (qr != m_qrShown) {
        m_qrShown = qr;
        // Large enough to scan from a phone held at arm's length above the counter (about 8 px a module).
        m_qr->setPixmap(qr.isEmpty() ? QPixmap() : QPixmap::fromImage(renderQrCode(qr, 8)));
    }
    QString itemName;
    for (const auto& item : m_flow.items())
        if (item.key == order.value(QStringLiteral("item")).toString())
            itemName = inCurrentLanguage(item.name);
    m_what->setText(
        tr("Pay %1 for %2, %3")
            .arg(payments::moneyText(order.value(QStringLiteral("amountFen")).toInteger()), itemName)
            .arg(order.value(QStringLiteral("year")).toInt()));
    m_steps->setText(
        design::numberedSteps({tr("Open the e-card in your phone's app."), tr("Scan this code."),
                               tr("Check the amount and confirm with your payment password.")},
                              -1) +
        QStringLiteral("<p>%1</p>")
            .arg(
                tr("Or open the payment code in the app and hold it to the scanner below.").toHtmlEscaped()));
    m_timeLeft->setText(timeLeftText());
    const PlatformResult& problem = m_flow.codeProblem();
    m_codeProblem->setVisible(!problem.ok() && !problem.errorCode.isEmpty());
    if (m_codeProblem->isVisible())
        m_codeProblem->setNotice(design::Tone::Warning, problem.message(), problem.advice());
    m_cancel->setText(tr("Do not pay now"));
}

void PaymentQrPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace ssc
