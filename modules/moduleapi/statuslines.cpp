#include "statuslines.h"

#include "tonedwidgets.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace ssc {
namespace {
constexpr int iconSize = 28;
} // namespace

StatusLines::StatusLines(QWidget* parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(design::spacing);
}

void StatusLines::setLines(const QList<Line>& lines)
{
    m_lines = lines;
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const Line& line : lines) {
        auto* row = new QWidget(this);
        auto* icon = new QLabel(row);
        icon->setFixedSize(iconSize, iconSize);
        design::showToneIcon(icon, line.tone, iconSize);
        auto* words = new QLabel(line.text, row);
        words->setWordWrap(true); // the elder interface's words in a portrait window
        words->setTextFormat(Qt::PlainText);
        if (line.tone == design::Tone::Error || line.tone == design::Tone::Warning)
            words->setProperty("tone", design::toneKey(line.tone)); // the tone's ink (design::toneStyleSheet)
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(design::spacing + design::spacing / 2);
        layout->addWidget(icon, 0, Qt::AlignTop);
        layout->addWidget(words, 1);
        m_layout->addWidget(row);
    }
}

QString StatusLines::text() const
{
    QStringList texts;
    for (const Line& line : m_lines)
        texts << line.text;
    return texts.join(u'\n');
}

} // namespace ssc
