#include "cardtaskframe.h"

#include "moduleapi/designsystem.h"
#include "moduleapi/documentactions.h"
#include "moduleapi/resultpage.h"
#include "moduleapi/scrollpage.h"
#include "receiptdocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedLayout>
#include <QTimer>
#include <QVBoxLayout>

namespace ssc {

CardTaskFrame::CardTaskFrame(QWidget* page, const ModuleContext& context, const QList<QWidget*>& content,
                             const char* confirmName, const char* cancelName)
    : title(new QLabel), back(new QPushButton), confirm(new QPushButton), cancel(new QPushButton),
      result(new ResultPage), receipt(new DocumentActions(context)), m_pages(new QStackedLayout),
      m_personReads(context.mode == TerminalMode::Kiosk)
{
    result->actionsRow()->addWidget(receipt);
    result->setReceiptQrOffered(context.mode != TerminalMode::Counter);
    // A result keeps its receipt on the phone by QR and leads on with its own buttons: no detour to the
    // outlets for paper beside them.
    receipt->setOutletsOffered(false);
    page->setObjectName(QStringLiteral("screen"));
    page->setAttribute(Qt::WA_StyledBackground);
    title->setObjectName(QStringLiteral("pageTitle"));
    title->setWordWrap(true);
    back->setObjectName(QStringLiteral("backButton"));
    confirm->setObjectName(QLatin1String(confirmName));
    confirm->setProperty("primary", true);
    cancel->setObjectName(QLatin1String(cancelName));

    auto* header = new QHBoxLayout;
    header->addWidget(back);
    header->addWidget(title, 1);
    // The actions stay under the scrolled form, never scrolled below the fold with it (English, elder, 1280 x
    // 800: "Report this card lost" was cut in half at the page's foot).
    m_actions = new QWidget;
    auto* buttons = new QHBoxLayout(m_actions);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(16);
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(confirm);
    auto* form = new QWidget;
    auto* formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->setSpacing(24);
    for (QWidget* part : content)
        formLayout->addWidget(part);
    formLayout->addStretch(1);
    m_form = new ScrollPage(form);
    m_pages->addWidget(m_form);
    m_pages->addWidget(result); // it scrolls its words itself

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(24);
    layout->addLayout(header);
    layout->addLayout(m_pages, 1);
    layout->addWidget(m_actions);
}

void CardTaskFrame::bringIntoView(QWidget* part)
{
    QTimer::singleShot(0, part, [this, part] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // the part given its room first
        if (part->isVisible())
            m_form->reveal(QRect(part->mapTo(m_form->area()->widget(), QPoint(0, 0)), part->size()));
    });
}

void CardTaskFrame::showResult()
{
    m_pages->setCurrentIndex(1);
    m_actions->hide();
    back->hide();
    title->hide();
}

void CardTaskFrame::showForm()
{
    m_pages->setCurrentIndex(0);
    m_actions->show();
    back->show();
    title->show();
}

void CardTaskFrame::offerReceipt(const QString& cardLine, const QString& receiptNumber)
{
    receipt->setDocument(
        buildReceiptDocument(title->text(),
                             {cardLine, tr("Receipt number: %1").arg(design::groupForReading(receiptNumber)),
                              result->headline() + u'\n' + result->nextText()},
                             receiptNumber));
}

QString CardTaskFrame::backToCardsText() const
{
    return m_personReads ? tr("Back to my cards") : tr("Back to the cards");
}

bool CardTaskFrame::showingResult() const
{
    return m_pages->currentIndex() == 1;
}

} // namespace ssc
