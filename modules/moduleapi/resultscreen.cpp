#include "resultscreen.h"

#include "boxbyshape.h"
#include "documentactions.h"
#include "receiptdocument.h"
#include "scrollpage.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace ssc {
namespace {

// The screen's choices beside its results where the screen is wide enough for both whole (1920 x 1080), above
// them otherwise (1280 x 800, a portrait kiosk): in one scrolling page either way, so nothing is squeezed.
constexpr int sideBySideFrom = 1600; // px of screen width: a choice column of 600 and the results

bool removeFromLayout(QLayout* layout, const QWidget* widget)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem* item = layout->itemAt(i);
        if (item->widget() == widget) {
            delete layout->takeAt(i);
            return true;
        }
        if (item->layout() && removeFromLayout(item->layout(), widget))
            return true;
    }
    return false;
}

} // namespace

ResultScreenFrame ResultScreenFrame::build(QWidget* screen, const ModuleContext& context)
{
    // The cards stack from the top: a stretch below the results layout takes the spare height. The screen's
    // own choices, when it has them, go in the same page (placeBesideResults): one scroll area, never two
    // nested.
    auto* holder = new QWidget;
    auto* columns = new QBoxLayout(QBoxLayout::TopToBottom, holder);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(32);
    auto* page = new ScrollPage(holder);
    ResultScreenFrame frame{new QPushButton,
                            new QLabel,
                            new QLabel,
                            new QVBoxLayout,
                            new QVBoxLayout(screen),
                            page,
                            new DocumentActions(context),
                            columns,
                            new QHBoxLayout};
    screen->setObjectName(QStringLiteral("screen"));
    screen->setAttribute(Qt::WA_StyledBackground);
    frame.back->setObjectName(QStringLiteral("backButton"));
    frame.title->setObjectName(QStringLiteral("pageTitle"));
    frame.title->setWordWrap(true); // a long English title takes two lines beside Back
    frame.status->setObjectName(QStringLiteral("promptDetail"));
    frame.status->setWordWrap(true);
    frame.status->setAlignment(Qt::AlignLeft |
                               Qt::AlignTop); // stays under the title when the screen is empty
    frame.top->addWidget(frame.back);
    frame.top->addWidget(frame.title, 1);
    auto* resultsColumn = new QVBoxLayout;
    resultsColumn->addLayout(frame.results);
    resultsColumn->addStretch(1);
    columns->addLayout(resultsColumn, 3);
    frame.results->setSpacing(16);
    BoxByShape::arrange(screen, columns, [](QSize size) { return size.width() >= sideBySideFrom; });
    frame.body->setContentsMargins(48, 32, 48, 32);
    frame.body->setSpacing(20);
    frame.body->addLayout(frame.top);
    frame.body->addWidget(frame.status);
    frame.body->addWidget(page, 1);
    // While the results' page is hidden (an empty list, a notice instead) this takes the spare height, so
    // what shows stays under the title instead of being spread down the screen.
    frame.body->addStretch(0);
    frame.body->addWidget(frame.actions);
    QObject::connect(frame.back, &QPushButton::clicked, screen, [back = context.back] {
        if (back)
            back();
    });
    return frame;
}

void ResultScreenFrame::readNoteAfterResults()
{
    if (actions->offersATap())
        return; // Print or Save to tap: the row stays under the page, where every page keeps its actions
    auto* resultsColumn = qobject_cast<QBoxLayout*>(results->parent());
    if (!resultsColumn)
        return;
    takeActions();
    resultsColumn->insertWidget(resultsColumn->indexOf(results) + 1, actions);
}

DocumentActions* ResultScreenFrame::takeActions()
{
    if (!removeFromLayout(body, actions))
        removeFromLayout(columns, actions);
    return actions;
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
    columns->insertLayout(0, controls, 2);
}

void ResultScreenFrame::addTopAction(QPushButton* action)
{
    top->addWidget(action, 0, Qt::AlignVCenter);
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
