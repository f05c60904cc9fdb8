#include "choicebuttons.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QPushButton>

namespace ssc {
namespace {

const char* keyProperty = "choiceKey";

// Every option carries a ring, the chosen one a filled ring with a tick (a checkable button shows its icon's
// On state while checked): chosen and not chosen differ by shape, not by the fill's colour alone
// (EXPERIENCE.md question 2). Both states the same size, so choosing never moves a label.
const QIcon& choiceMark()
{
    static const QIcon mark = [] {
        QIcon icon;
        icon.addFile(QStringLiteral(":/icons/choice-open.svg"), {}, QIcon::Normal, QIcon::Off);
        icon.addFile(QStringLiteral(":/icons/choice-chosen.svg"), {}, QIcon::Normal, QIcon::On);
        icon.addFile(QStringLiteral(":/icons/choice-open.svg"), {}, QIcon::Active, QIcon::Off);
        icon.addFile(QStringLiteral(":/icons/choice-chosen.svg"), {}, QIcon::Active, QIcon::On);
        return icon;
    }();
    return mark;
}

// A label's parts where a line may break: between words, or between characters where there are no spaces
// (Chinese).
QStringList breakableParts(const QString& label)
{
    if (label.contains(u' '))
        return label.split(u' ');
    QStringList characters;
    for (const QChar c : label)
        characters << QString(c);
    return characters;
}

int widestLine(const QString& text, const QFontMetrics& metrics)
{
    int widest = 0;
    for (const QString& line : text.split(u'\n'))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

// The label in lines no wider than `room` px, each as full as it can be.
QString wrapped(const QString& label, const QFontMetrics& metrics, int room)
{
    if (metrics.horizontalAdvance(label) <= room)
        return label;
    const QString gap = label.contains(u' ') ? QStringLiteral(" ") : QString();
    QString text;
    QString line;
    for (const QString& part : breakableParts(label)) {
        const QString longer = line.isEmpty() ? part : line + gap + part;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > room) {
            text += line + u'\n';
            line = part;
        } else {
            line = longer;
        }
    }
    return text + line;
}

// What the button adds around its words (padding, border), as drawn now.
int framing(const QAbstractButton* b)
{
    return b->sizeHint().width() - widestLine(b->text(), b->fontMetrics());
}

} // namespace

ChoiceButtons::ChoiceButtons(int columns, QWidget* parent)
    : QWidget(parent), m_columns(columns), m_grid(new QGridLayout(this)), m_group(new QButtonGroup(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(12);
    // Not exclusive: setChosen() must be able to clear the choice; one-at-a-time is kept here instead.
    m_group->setExclusive(false);
    connect(m_group, &QButtonGroup::buttonClicked, this, [this](QAbstractButton* b) {
        const QString key = b->property(keyProperty).toString();
        setChosen(key);
        emit chosen(key);
    });
}

void ChoiceButtons::setChoices(const QList<std::pair<QString, QString>>& choices)
{
    for (QAbstractButton* b : m_group->buttons()) {
        m_group->removeButton(b);
        delete b;
    }
    int index = 0;
    for (const auto& [key, label] : choices) {
        auto* b = new QPushButton(label);
        b->setCheckable(true);
        b->setObjectName(QStringLiteral("choiceButton"));
        b->setIcon(choiceMark());
        b->setProperty(keyProperty, key);
        b->setProperty(labelProperty, label);
        b->installEventFilter(this);
        m_group->addButton(b);
        ++index;
    }
    m_placedColumns = 0;
    place();
    makeTabStop(m_group->buttons().value(0));
}

bool ChoiceButtons::event(QEvent* event)
{
    // A choice's words changed size (another language, the elder theme's larger type): the columns are
    // counted again, so a label that grew is never cut.
    if (event->type() == QEvent::LayoutRequest)
        place();
    return QWidget::event(event);
}

void ChoiceButtons::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    place();
}

void ChoiceButtons::place()
{
    // As many columns as the widest label allows whole (large type, English, a portrait screen): a choice
    // is never cut to "Technical or voc…"; with the room to spare, the columns the screen asked for.
    const QList<QAbstractButton*> all = m_group->buttons();
    int widest = 0;
    for (QAbstractButton* b : all) {
        b->ensurePolished();
        const int mark = b->fontMetrics().capHeight() * 3 / 2; // the ring a little taller than a digit
        if (b->iconSize() != QSize(mark, mark))
            b->setIconSize(QSize(mark, mark));
        // A label wider than the whole picker (a long English exam name on a portrait screen) takes two
        // lines or more rather than being cut at the screen's edge.
        const QString label = b->property(labelProperty).toString();
        const int room = width() > 0 ? width() - framing(b) : QWIDGETSIZE_MAX;
        if (const QString text = wrapped(label, b->fontMetrics(), room); text != b->text())
            b->setText(text);
        widest = std::max(widest, b->sizeHint().width());
    }
    const int spacing = m_grid->horizontalSpacing();
    const int fit = width() > 0 && widest > 0 ? (width() + spacing) / (widest + spacing) : m_columns;
    const int columns = std::clamp(fit, 1, m_columns);
    if (columns == m_placedColumns)
        return;
    m_placedColumns = columns;
    for (QAbstractButton* b : all)
        m_grid->removeWidget(b);
    for (qsizetype i = 0; i < all.size(); ++i)
        m_grid->addWidget(all[i], int(i) / columns, int(i) % columns);
    updateGeometry(); // more rows or fewer: the page around makes the room
}

QSize ChoiceButtons::minimumSizeHint() const
{
    // As narrow as the longest word of any label (labels wrap between words), or a whole label that is
    // shorter than the others' words.
    int widest = 0;
    for (QAbstractButton* b : m_group->buttons()) {
        int longestPart = 0;
        for (const QString& part : breakableParts(b->property(labelProperty).toString()))
            longestPart = std::max(longestPart, b->fontMetrics().horizontalAdvance(part));
        widest = std::max(widest, framing(b) + longestPart);
    }
    return {widest, QWidget::minimumSizeHint().height()};
}

void ChoiceButtons::makeTabStop(QAbstractButton* button)
{
    for (QAbstractButton* b : m_group->buttons())
        b->setFocusPolicy(b == button ? Qt::StrongFocus : Qt::ClickFocus);
}

bool ChoiceButtons::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const QList<QAbstractButton*> all = m_group->buttons();
    const qsizetype at = all.indexOf(qobject_cast<QAbstractButton*>(watched));
    if (key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9 && key->modifiers() == Qt::NoModifier) {
        if (QAbstractButton* b = all.value(key->key() - Qt::Key_1)) {
            b->click();
            return true;
        }
        return false;
    }
    const int step = key->key() == Qt::Key_Left || key->key() == Qt::Key_Up      ? -1
                     : key->key() == Qt::Key_Right || key->key() == Qt::Key_Down ? 1
                                                                                 : 0;
    if (step == 0 || at < 0 || all.isEmpty())
        return QWidget::eventFilter(watched, event);
    QAbstractButton* next = all[(at + step + all.size()) % all.size()];
    makeTabStop(next);
    next->setFocus(Qt::OtherFocusReason);
    return true;
}

void ChoiceButtons::setChosen(const QString& key)
{
    for (QAbstractButton* b : m_group->buttons()) {
        b->setChecked(b->property(keyProperty).toString() == key);
        if (b->isChecked())
            makeTabStop(b);
    }
}

QString ChoiceButtons::chosenKey() const
{
    const QAbstractButton* b = m_group->checkedButton();
    return b ? b->property(keyProperty).toString() : QString();
}

QStringList ChoiceButtons::keys() const
{
    QStringList list;
    for (const auto& entry : buttons())
        list << entry.first;
    return list;
}

QStringList ChoiceButtons::labels() const
{
    QStringList list;
    for (const auto& entry : buttons())
        list << entry.second->property(labelProperty).toString();
    return list;
}

void ChoiceButtons::click(const QString& key)
{
    for (QAbstractButton* b : m_group->buttons())
        if (b->property(keyProperty).toString() == key)
            b->click();
}

void ChoiceButtons::focusChoice()
{
    for (QAbstractButton* b : m_group->buttons())
        if (b->focusPolicy() == Qt::StrongFocus)
            return b->setFocus(Qt::TabFocusReason);
}

QList<std::pair<QString, QAbstractButton*>> ChoiceButtons::buttons() const
{
    QList<std::pair<QString, QAbstractButton*>> list;
    for (QAbstractButton* b : m_group->buttons())
        list.append({b->property(keyProperty).toString(), b});
    return list;
}

} // namespace ssc
