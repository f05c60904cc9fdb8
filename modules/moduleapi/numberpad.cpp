#include "numberpad.h"

#include <QEvent>
#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace ssc {

NumberPad::NumberPad(int maxDigits, QWidget* parent)
    : QWidget(parent), m_field(new QLineEdit), m_delete(new QPushButton), m_clear(new QPushButton)
{
    m_field->setObjectName(QStringLiteral("numberField"));
    m_field->setMaxLength(maxDigits);
    m_field->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d*")), m_field));
    m_field->setInputMethodHints(Qt::ImhDigitsOnly);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(10);
    grid->addWidget(m_field, 0, 0, 1, 3);
    const QStringList keys{QStringLiteral("1"),     QStringLiteral("2"), QStringLiteral("3"),
                           QStringLiteral("4"),     QStringLiteral("5"), QStringLiteral("6"),
                           QStringLiteral("7"),     QStringLiteral("8"), QStringLiteral("9"),
                           QStringLiteral("clear"), QStringLiteral("0"), QStringLiteral("delete")};
    for (int i = 0; i < keys.size(); ++i) {
        QPushButton* key = keys[i] == u"clear"    ? m_clear
                           : keys[i] == u"delete" ? m_delete
                                                  : new QPushButton(keys[i]);
        key->setObjectName(QStringLiteral("padKey"));
        key->setProperty("padAction", key == m_clear || key == m_delete); // styled apart from the digits
        key->setMinimumSize(96, 64);
        key->setFocusPolicy(Qt::NoFocus); // the field keeps the focus, so a keyboard keeps working
        connect(key, &QPushButton::clicked, this, [this, k = keys[i]] { tap(k); });
        grid->addWidget(key, 1 + i / 3, i % 3);
    }
    connect(m_field, &QLineEdit::textChanged, this, &NumberPad::changed);
    connect(m_field, &QLineEdit::returnPressed, this, [this] { emit submitted(digits()); });
    retranslate();
}

void NumberPad::placeAction(QPushButton* action)
{
    auto* grid = static_cast<QGridLayout*>(layout());
    action->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    grid->removeWidget(m_field);
    grid->addWidget(m_field, 0, 0, 1, 4); // the digits over the keys and the action
    grid->addWidget(action, 1, 3, 4, 1);
    for (int column = 0; column < 4; ++column)
        grid->setColumnStretch(column, 1);
}

QString NumberPad::digits() const
{
    return m_field->text();
}

void NumberPad::setDigits(const QString& digits)
{
    m_field->setText(digits.left(m_field->maxLength()));
}

void NumberPad::clear()
{
    m_field->clear();
}

void NumberPad::tap(const QString& key)
{
    if (key == u"clear")
        m_field->clear();
    else if (key == u"delete")
        m_field->backspace();
    else if (key.size() == 1 && key[0].isDigit() && m_field->text().size() < m_field->maxLength())
        m_field->setText(m_field->text() + key);
}

void NumberPad::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NumberPad::retranslate()
{
    m_delete->setText(tr("Delete"));
    m_clear->setText(tr("Clear"));
    m_field->setPlaceholderText(tr("Enter the number"));
}

} // namespace ssc
