#include "pinpadscreen.h"

#include "boxbyshape.h"
#include "security/secretwipe.h"
#include "tonedwidgets.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QResizeEvent>
#include <QSpacerItem>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace ssc {
namespace {

constexpr int pinLength = 6;

} // namespace

PinPadScreen::PinPadScreen(TerminalMode mode, QWidget* parent)
    : QWidget(parent), m_mode(mode), m_title(new QLabel), m_dots(new QLabel), m_message(new QLabel),
      m_grid(new QGridLayout), m_delete(new QPushButton), m_clear(new QPushButton),
      m_confirm(new QPushButton), m_cancel(new QPushButton), m_faceInstead(new QPushButton)
{
    setObjectName(QStringLiteral("screen"));
    setAttribute(Qt::WA_StyledBackground);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_dots->setObjectName(QStringLiteral("pinDots"));
    m_message->setObjectName(QStringLiteral("promptDetail"));
    m_message->setWordWrap(true);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_dots->setAlignment(Qt::AlignCenter);
    m_message->setAlignment(Qt::AlignCenter);
    m_confirm->setProperty("primary", true);
    for (int d = 0; d <= 9; ++d) {
        auto* key = new QPushButton(QString::number(d));
        key->setObjectName(QStringLiteral("padKey"));
        key->setMinimumSize(120, 60);
        connect(key, &QPushButton::clicked, this, [this, d] { tap(QString::number(d)); });
        m_digits << key;
    }
    m_cancel->setProperty("wayHome", true); // the way back to the start, for the conformance test's eyes
    for (QPushButton* key : {m_delete, m_clear, m_confirm, m_cancel}) {
        key->setObjectName(QStringLiteral("padKey"));
        key->setMinimumSize(120, 60);
    }
    // Clear and Delete stand among the digits (a kiosk shuffles those), so they must not look like one: a
    // finger looking for a digit should not wipe what was typed (#padKey[padAction="true"] in the themes).
    m_delete->setProperty("padAction", true);
    m_clear->setProperty("padAction", true);
    connect(m_delete, &QPushButton::clicked, this, [this] { tap(QStringLiteral("delete")); });
    connect(m_clear, &QPushButton::clicked, this, [this] { tap(QStringLiteral("clear")); });
    connect(m_confirm, &QPushButton::clicked, this, [this] { tap(QStringLiteral("confirm")); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { tap(QStringLiteral("cancel")); });
    m_grid->setSpacing(10);
    for (int column = 0; column < 3;
         ++column) { // equal columns whatever the labels' lengths in each language
        m_grid->setColumnMinimumWidth(column, 120);
        m_grid->setColumnStretch(column, 1);
    }
    m_pad = new QWidget;
    m_pad->setLayout(m_grid);
    m_pad->setFixedWidth(kPadWidth);
    auto* words = new QVBoxLayout;
    words->setSpacing(8);
    words->addStretch(1);
    words->addWidget(m_title);
    words->addWidget(m_dots);
    words->addWidget(m_message);
    m_faceInstead->setObjectName(QStringLiteral("faceInstead"));
    m_faceInstead->hide();
    connect(m_faceInstead, &QPushButton::clicked, this, [this] {
        wipe(); // whatever was typed of the PIN goes: the face takes its place
        showDots();
        emit faceInsteadRequested();
    });
    words->addSpacing(16);
    words->addWidget(m_faceInstead, 0, Qt::AlignHCenter);
    m_belowWords = new QSpacerItem(0, 0);
    words->addSpacerItem(m_belowWords);
    words->setStretch(words->count() - 1, 1); // as the stretch above: the words centred in their column
    // A landscape screen (1280 x 800) has the height for five rows of elder keys only beside the words; a
    // portrait one (1080 x 1920) puts them under the words.
    m_shape = new QBoxLayout(QBoxLayout::TopToBottom, this);
    m_shape->setContentsMargins(48, 8, 48, 8);
    m_shape->setSpacing(48);
    m_shape->addLayout(words, 1);
    m_shape->addWidget(m_pad, 0, Qt::AlignCenter);
    m_belowPad = new QSpacerItem(0, 0);
    m_shape->addSpacerItem(m_belowPad);
    m_words = words;
    BoxByShape::arrange(this, m_shape, BoxByShape::landscape);
    start();
}

PinPadScreen::~PinPadScreen()
{
    wipe();
}

void PinPadScreen::start(int triesLeft)
{
    wipe();
    m_triesLeft = triesLeft;
    layOutDigits();
    showDots();
    retranslate();
}

void PinPadScreen::ask(std::function<QString()> title, std::function<QString()> detail)
{
    m_askedTitle = std::move(title);
    m_askedDetail = std::move(detail);
    retranslate();
}

void PinPadScreen::offerFaceInstead(bool offered)
{
    m_faceOffered = offered;
    m_faceInstead->setVisible(offered);
}

void PinPadScreen::layOutDigits()
{
    QList<QPushButton*> order = m_digits;
    // Kiosks shuffle the digits for every entry; counters keep the phone order clerks know.
    if (m_mode == TerminalMode::Kiosk)
        std::shuffle(order.begin(), order.end(), *QRandomGenerator::global());
    else
        std::rotate(order.begin(), order.begin() + 1, order.end()); // 1 2 3 … 9 0
    for (int i = 0; i < 9; ++i)
        m_grid->addWidget(order[i], i / 3, i % 3);
    m_grid->addWidget(m_clear, 3, 0);
    m_grid->addWidget(order[9], 3, 1);
    m_grid->addWidget(m_delete, 3, 2);
    m_grid->addWidget(m_cancel, 4, 0);
    m_grid->addWidget(m_confirm, 4, 1, 1, 2);
}

QString PinPadScreen::keyOrder() const
{
    QString order;
    for (int i = 0; i < 10; ++i) {
        const int row = i < 9 ? i / 3 : 3;
        const int column = i < 9 ? i % 3 : 1;
        if (auto* item = m_grid->itemAtPosition(row, column))
            order += static_cast<QPushButton*>(item->widget())->text();
    }
    return order;
}

void PinPadScreen::tap(const QString& key)
{
    if (key == u"delete") {
        if (!m_pin.isEmpty())
            m_pin[m_pin.size() - 1] = u'0'; // the digit overwritten where it was, not only cut off
        m_pin.chop(1);
    } else if (key == u"clear")
        wipe();
    else if (key == u"cancel") {
        wipe();
        emit cancelled();
    } else if (key == u"confirm") {
        if (m_pin.size() != pinLength)
            return;
        // The one buffer moves out, so no copy stays here; receivers that keep it wipe their share, and
        // whoever holds it last overwrites it (core/security/secretwipe.h).
        QString pin = std::exchange(m_pin, QString());
        wipe();
        emit pinEntered(pin);
        wipeSecret(pin);
    } else if (key.size() == 1 && key[0].isDigit() && m_pin.size() < pinLength)
        m_pin += key[0]; // into the reserved buffer: never reallocated, so no old copy is left behind
    showDots();
}

void PinPadScreen::wipe()
{
    wipeSecret(m_pin);
    m_pin.reserve(pinLength); // room for every digit up front: appending never moves the PIN
}

void PinPadScreen::showDots()
{
    QString dots;
    for (int i = 0; i < pinLength; ++i)
        dots += i < m_pin.size() ? QStringLiteral("● ") : QStringLiteral("○ ");
    m_dots->setText(dots.trimmed());
    m_confirm->setEnabled(m_pin.size() == pinLength);
    labelConfirm();
}

// While the PIN is short, Confirm says what is missing ("还差 4 位"): a greyed key that only said 确认 left
// an elderly citizen wondering why it would not work.
void PinPadScreen::labelConfirm()
{
    const int missing = pinLength - int(m_pin.size());
    m_confirm->setText(missing > 0 ? tr("%n more digits", nullptr, missing) : tr("Confirm"));
}

QString PinPadScreen::messageText() const
{
    return m_message->text();
}

void PinPadScreen::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // A portrait kiosk has the height for keys half as tall again and the width for wider ones: the pad stood
    // small at the bottom of an empty screen. Their size is the themes' (#padKey[portrait="true"]), so a
    // change of theme keeps it.
    const bool portrait = !BoxByShape::landscape(size());
    const int padWidth = portrait ? std::clamp(width() - 96, kPadWidth, kPortraitPadWidth) : kPadWidth;
    m_pad->setFixedWidth(padWidth); // centred, a widget takes its hint: the width is set, not allowed
    // Beside the pad the words stand centred in their column; above it, words and pad stand together in the
    // middle of the screen, the room shared above the words and below the keys.
    m_belowWords->changeSize(0, 0, QSizePolicy::Minimum,
                             portrait ? QSizePolicy::Fixed : QSizePolicy::Expanding);
    m_belowPad->changeSize(0, 0, QSizePolicy::Minimum,
                           portrait ? QSizePolicy::Expanding : QSizePolicy::Fixed);
    m_shape->setStretchFactor(m_words, portrait ? 0 : 1);
    m_shape->invalidate();
    for (QPushButton* key : m_pad->findChildren<QPushButton*>())
        design::setStyleProperty(key, "portrait", portrait);
}

void PinPadScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PinPadScreen::retranslate()
{
    m_title->setText(m_askedTitle ? m_askedTitle() : tr("Enter the PIN of your social security card"));
    m_delete->setText(tr("Delete"));
    m_clear->setText(tr("Clear"));
    labelConfirm();
    m_cancel->setText(tr("Cancel"));
    m_faceInstead->setText(tr("Forgot the PIN? Sign in with your face"));
    if (m_askedDetail)
        m_message->setText(m_askedDetail());
    else if (m_triesLeft >= 0)
        m_message->setText(
            tr("The PIN was not right. %n tries left before the card locks.", nullptr, m_triesLeft));
    else
        m_message->setText(tr("Six digits. Cover the keys with your hand while you type."));
}

} // namespace ssc
