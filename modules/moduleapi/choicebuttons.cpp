#include "choicebuttons.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QPushButton>

namespace ssc {
namespace {

const char* keyProperty = "choiceKey";

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
        b->setProperty(keyProperty, key);
        m_group->addButton(b);
        m_grid->addWidget(b, index / m_columns, index % m_columns);
        ++index;
    }
}

void ChoiceButtons::setChosen(const QString& key)
{
    for (QAbstractButton* b : m_group->buttons())
        b->setChecked(b->property(keyProperty).toString() == key);
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

void ChoiceButtons::click(const QString& key)
{
    for (QAbstractButton* b : m_group->buttons())
        if (b->property(keyProperty).toString() == key)
            b->click();
}

QList<std::pair<QString, QAbstractButton*>> ChoiceButtons::buttons() const
{
    QList<std::pair<QString, QAbstractButton*>> list;
    for (QAbstractButton* b : m_group->buttons())
        list.append({b->property(keyProperty).toString(), b});
    return list;
}

} // namespace ssc
