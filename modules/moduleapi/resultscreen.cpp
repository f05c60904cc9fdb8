#include "resultscreen.h"

#include "documentactions.h"
#include "receiptdocument.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace ssc {

ResultScreenFrame ResultScreenFrame::build(QWidget* screen, const ModuleContext& context)
{
    auto* scroll = new QScrollArea;
    ResultScreenFrame frame{new QPushButton,
                            new QLabel,
                            new QLabel,
                            new QVBoxLayout,
                            new QVBoxLayout(screen),
                            scroll,
                            new DocumentActions(context)};
    screen->setObjectName(QStringLiteral("screen"));
    screen->setAttribute(Qt::WA_StyledBackground);
    frame.back->setObjectName(QStringLiteral("backButton"));
    frame.title->setObjectName(QStringLiteral("pageTitle"));
    frame.title->setWordWrap(true); // a long English title takes two lines beside Back
    frame.status->setObjectName(QStringLiteral("promptDetail"));
    frame.status->setWordWrap(true);
    frame.status->setAlignment(Qt::AlignLeft |
                               Qt::AlignTop); // stays under the title when the screen is empty
    auto* top = new QHBoxLayout;
    top->addWidget(frame.back);
    top->addWidget(frame.title, 1);
    // The cards stack from the top: a stretch below the results layout takes the spare height.
    auto* holder = new QWidget;
    auto* holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    holderLayout->addLayout(frame.results);
    holderLayout->addStretch(1);
    frame.results->setSpacing(16);
    scroll->setWidget(holder);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    frame.body->setContentsMargins(48, 32, 48, 32);
    frame.body->setSpacing(20);
    frame.body->addLayout(top);
    frame.body->addWidget(frame.status);
    frame.body->addWidget(scroll, 1);
    frame.body->addWidget(frame.actions);
    QObject::connect(frame.back, &QPushButton::clicked, screen, [back = context.back] {
        if (back)
            back();
    });
    return frame;
}

void ResultScreenFrame::clearResults()
{
    while (QLayoutItem* item = results->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void ResultScreenFrame::addResultCard(const QString& richText)
{
    auto* card = new QLabel(richText);
    card->setObjectName(QStringLiteral("card"));
    card->setWordWrap(true);
    card->setContentsMargins(24, 16, 24, 16);
    results->addWidget(card);
}

void ResultScreenFrame::placeBesideResults(QLayout* controls)
{
    const int at = body->indexOf(resultsArea);
    body->removeWidget(resultsArea);
    auto* columns = new QHBoxLayout;
    columns->setSpacing(32);
    columns->addLayout(controls, 2);
    columns->addWidget(resultsArea, 3);
    body->insertLayout(at, columns, 1);
}

void ResultScreenFrame::offerReceipt(const QString& receiptTitle)
{
    QStringList blocks;
    for (int i = 0; i < results->count(); ++i)
        if (const auto* card = qobject_cast<QLabel*>(results->itemAt(i)->widget()))
            blocks << QTextDocumentFragment::fromHtml(
                          card->text().replace(QStringLiteral("<br>"), QStringLiteral("\n")))
                          .toPlainText();
    if (blocks.isEmpty()) {
        actions->clear();
        return;
    }
    actions->setDocument(buildReceiptDocument(receiptTitle, blocks));
}

QString allLabelText(const QWidget* widget)
{
    QString text;
    for (const QLabel* l : widget->findChildren<QLabel*>())
        text += l->text() + u'\n';
    return text;
}

} // namespace ssc
