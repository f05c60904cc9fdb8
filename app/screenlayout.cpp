#include "screenlayout.h"

#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QWidget>

namespace ssc {

QWidget* addCentredCard(QWidget* screen)
{
    screen->setObjectName(QStringLiteral("screen"));
    screen->setAttribute(Qt::WA_StyledBackground);
    auto* card = new QWidget(screen);
    card->setObjectName(QStringLiteral("card"));
    card->setAttribute(Qt::WA_StyledBackground);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 14); // most of the width: large type in English still fits
    row->addStretch(1);
    auto* layout = new QVBoxLayout(screen);
    layout->setContentsMargins(48, 24, 48, 24);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(1);
    return card;
}

} // namespace ssc
