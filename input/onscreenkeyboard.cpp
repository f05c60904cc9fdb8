#include "onscreenkeyboard.h"

#include "pinyindecoder.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QStackedLayout>
#include <QStyle>
#include <QVBoxLayout>

namespace ssc {
namespace {

constexpr int candidateCount = 6;

std::shared_ptr<PinyinDecoder> sharedDecoder()
{
    static std::weak_ptr<PinyinDecoder> shared;
    std::shared_ptr<PinyinDecoder> decoder = shared.lock();
    if (!decoder) {
        decoder = std::make_shared<PinyinDecoder>();
        shared = decoder;
    }
    return decoder;
}

} // namespace

OnScreenKeyboard::OnScreenKeyboard(QWidget* parent)
    : QWidget(parent), m_decoder(sharedDecoder()), m_composing(new QLabel), m_candidateRow(new QHBoxLayout)
{
    setObjectName(QStringLiteral("onScreenKeyboard"));
    setAttribute(Qt::WA_StyledBackground);
    setFocusPolicy(Qt::NoFocus);
    m_chinese = m_decoder->isOpen();
    m_composing->setObjectName(QStringLiteral("keyboardComposing"));
    m_composing->setMinimumWidth(140);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6); // thin: at 1280x800 every pixel goes to the form above
    layout->setSpacing(8);
    m_candidateRow->setSpacing(8);
    m_candidateRow->addWidget(m_composing);
    for (int i = 0; i < candidateCount; ++i) {
        QPushButton* b = key(QStringLiteral("candidate:%1").arg(i), {});
        b->setObjectName(QStringLiteral("keyboardCandidate"));
        m_candidateButtons.append(b);
        m_candidateRow->addWidget(b);
    }
    m_candidateRow->addStretch(1);
    m_candidateBar = new QWidget;
    m_candidateBar->setObjectName(QStringLiteral("keyboardCandidateBar"));
    m_candidateBar->setLayout(m_candidateRow);
    m_candidateRow->setContentsMargins(0, 0, 0, 0);
    m_letters = lettersPanel();
    m_numberPad = numberPanel();
    m_numberPad->hide();
    layout->addWidget(m_letters);
    layout->addWidget(m_numberPad, 0, Qt::AlignHCenter);
    showComposition();
    retranslate();
}

OnScreenKeyboard::~OnScreenKeyboard() = default;

void OnScreenKeyboard::commitPendingPinyin()
{
    if (m_decoder->letters().isEmpty())
        return;
    const QString text = m_decoder->choose(0); // the best phrase, or the letters when none
    commit(text.isEmpty() ? m_decoder->letters() : text);
    m_decoder->reset();
}

QWidget* OnScreenKeyboard::lettersPanel()
{
    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    // The top row is the digits' and, while pinyin is being composed, the candidates' (as phone input methods
    // do): one row fewer lets every key be a full kiosk target within the same height, and the row keeps its
    // height either way, so no key moves under a finger when candidates come and go (the issue measured
    // 25-31 px jumps when the candidates had a row of their own that appeared).
    auto* digits = new QWidget;
    digits->setObjectName(QStringLiteral("keyboardDigits"));
    auto* digitRow = new QHBoxLayout(digits);
    digitRow->setContentsMargins(0, 0, 0, 0);
    digitRow->setSpacing(8);
    for (const QChar c : QStringLiteral("1234567890"))
        digitRow->addWidget(key(QString(c), QString(c)), 1);
    auto* top = new QWidget;
    m_topRow = new QStackedLayout(top);
    m_topRow->addWidget(digits);
    m_topRow->addWidget(m_candidateBar);
    layout->addWidget(top);
    const QStringList rows{QStringLiteral("qwertyuiop"), QStringLiteral("asdfghjkl"),
                           QStringLiteral("zxcvbnm")};
    for (const QString& keys : rows) {
        auto* row = new QHBoxLayout;
        row->setSpacing(8);
        for (const QChar c : keys)
            row->addWidget(key(QString(c), QString(c)), 1); // letters share the row, never squeezed
        if (keys.startsWith(u'z'))
            row->addWidget(key(QStringLiteral("backspace"), QStringLiteral("⌫"), 2), 2);
        layout->addLayout(row);
    }
    auto* bottom = new QHBoxLayout;
    bottom->setSpacing(8);
    m_switch = key(QStringLiteral("switch"), {}, 2);
    m_switch->setEnabled(m_decoder->isOpen()); // without the dictionary: letters only
    bottom->addWidget(m_switch, 2);
    bottom->addWidget(key(QStringLiteral("，"), QStringLiteral("，")), 1);
    m_space = key(QStringLiteral("space"), {}, 5);
    bottom->addWidget(m_space, 5);
    bottom->addWidget(key(QStringLiteral("。"), QStringLiteral("。")), 1);
    bottom->addWidget(key(QStringLiteral("-"), QStringLiteral("-")), 1);
    layout->addLayout(bottom);
    return panel;
}

QWidget* OnScreenKeyboard::numberPanel()
{
    // A telephone's pad, not a row of a typewriter: three wide keys a row, the digits where a phone has them.
    auto* panel = new QWidget;
    panel->setObjectName(QStringLiteral("keyboardNumberPad"));
    auto* grid = new QGridLayout(panel);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    const QStringList digits{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                             QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"),
                             QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9")};
    for (qsizetype i = 0; i < digits.size(); ++i)
        grid->addWidget(padKey(digits[i], digits[i]), int(i / 3), int(i % 3));
    m_point = padKey(QStringLiteral("."), QStringLiteral("."));
    QSizePolicy keep = m_point->sizePolicy();
    keep.setRetainSizeWhenHidden(true); // whole numbers: a gap, and 0 and delete stay where they are
    m_point->setSizePolicy(keep);
    grid->addWidget(m_point, 3, 0);
    m_x = padKey(QStringLiteral("X"), QStringLiteral("X"));
    m_x->setSizePolicy(keep);
    grid->addWidget(m_x, 3, 0); // the point's place: the two are never shown together
    grid->addWidget(padKey(QStringLiteral("0"), QStringLiteral("0")), 3, 1);
    grid->addWidget(padKey(QStringLiteral("backspace"), QStringLiteral("⌫")), 3, 2);
    m_letterKey = padKey(QStringLiteral("letters"), {});
    grid->addWidget(m_letterKey, 4, 0, 1, 3);
    return panel;
}

QPushButton* OnScreenKeyboard::padKey(const QString& name, const QString& label)
{
    QPushButton* b = key(name, label);
    b->setProperty("pad", true);
    b->setMinimumWidth(200);
    return b;
}

void OnScreenKeyboard::setNumbers(Numbers numbers)
{
    if (numbers != Numbers::No)
        commitPendingPinyin();
    m_numbers = numbers;
    m_letters->setVisible(numbers == Numbers::No);
    m_numberPad->setVisible(numbers != Numbers::No);
    m_point->setVisible(numbers == Numbers::WithDecimals);
    m_x->setVisible(numbers == Numbers::IdNumber);
    m_letterKey->setVisible(numbers == Numbers::IdNumber);
    showComposition();
}

void OnScreenKeyboard::setRoomy(bool roomy)
{
    if (property("roomy").toBool() == roomy)
        return;
    setProperty("roomy", roomy);
    for (QPushButton* b : findChildren<QPushButton*>()) { // the style sheet's rule follows the property
        b->style()->unpolish(b);
        b->style()->polish(b);
        b->updateGeometry();
    }
    // The docking asks for the new height at once: no layout may answer from its cache.
    for (QLayout* l : findChildren<QLayout*>())
        l->invalidate();
    layout()->activate();
}

bool OnScreenKeyboard::pinyinAvailable() const
{
    return m_decoder->isOpen();
}

QPushButton* OnScreenKeyboard::key(const QString& name, const QString& label, int stretch)
{
    auto* b = new QPushButton(label);
    b->setObjectName(QStringLiteral("keyboardKey"));
    b->setProperty("key", name);
    b->setFocusPolicy(Qt::NoFocus); // the field keeps the focus, and the caret where it was
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    b->setMinimumWidth(40 * stretch);
    connect(b, &QPushButton::clicked, this, [this, name] { press(name); });
    return b;
}

void OnScreenKeyboard::press(const QString& name)
{
    if (name.startsWith(u"candidate:")) {
        const QString text = m_decoder->choose(name.mid(10).toInt());
        if (!text.isEmpty())
            commit(text);
    } else if (name == u"switch") {
        // What was typed as pinyin goes in as it stands: characters already chosen, else the letters.
        commit(m_decoder->fixedText().isEmpty() ? m_decoder->letters() : m_decoder->fixedText());
        m_decoder->reset();
        m_chinese = !m_chinese && m_decoder->isOpen();
    } else if (name == u"letters") { // an ID number with letters in it: the letters, not pinyin
        m_chinese = false;
        setNumbers(Numbers::No);
    } else if (name == u"backspace") {
        const QString letters = m_decoder->letters();
        if (letters.isEmpty())
            sendKey(Qt::Key_Backspace);
        else
            m_decoder->setLetters(letters.chopped(1));
    } else if (name == u"space") {
        if (m_decoder->letters().isEmpty()) {
            commit(QStringLiteral(" "));
        } else { // the best phrase, as every pinyin keyboard does
            const QString text = m_decoder->choose(0);
            if (!text.isEmpty())
                commit(text);
        }
    } else if (m_chinese && name.size() == 1 && name[0] >= u'a' && name[0] <= u'z') {
        m_decoder->setLetters(m_decoder->letters() + name);
    } else {
        commitPendingPinyin(); // a digit or a mark after pinyin: the phrase first
        commit(name);
    }
    showComposition();
    retranslate();
}

QString OnScreenKeyboard::composing() const
{
    return m_decoder->fixedText() + m_decoder->letters();
}

QStringList OnScreenKeyboard::candidates() const
{
    return m_decoder->candidates(candidateCount);
}

void OnScreenKeyboard::commit(const QString& text)
{
    QWidget* target = QApplication::focusWidget();
    if (!target || text.isEmpty())
        return;
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(target, &event);
}

void OnScreenKeyboard::sendKey(int key)
{
    QWidget* target = QApplication::focusWidget();
    if (!target)
        return;
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier);
    QApplication::sendEvent(target, &press);
    QApplication::sendEvent(target, &release);
}

void OnScreenKeyboard::showComposition()
{
    m_composing->setText(composing());
    m_topRow->setCurrentWidget(composing().isEmpty() ? m_topRow->widget(0) : m_candidateBar);
    const QStringList list = candidates();
    for (int i = 0; i < m_candidateButtons.size(); ++i) {
        m_candidateButtons[i]->setText(list.value(i));
        m_candidateButtons[i]->setVisible(i < list.size());
    }
}

void OnScreenKeyboard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OnScreenKeyboard::retranslate()
{
    m_switch->setText(m_chinese ? tr("中 → English") : tr("English → 中"));
    m_space->setText(m_decoder->letters().isEmpty() ? tr("Space") : tr("Space: first choice"));
    m_letterKey->setText(tr("Letters ABC"));
}

} // namespace ssc
