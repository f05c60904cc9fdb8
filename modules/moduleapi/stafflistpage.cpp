#include "stafflistpage.h"

#include "designsystem.h"
#include "noticebanner.h"
#include "scrollpage.h"
#include "tonedwidgets.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ssc {
namespace {
constexpr int rowIconSize = 32;
} // namespace

StaffListPage::StaffListPage(const ModuleContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_title(new QLabel(this)), m_notice(new NoticeBanner(this)),
      m_back(new QPushButton(this)), m_rows(new QVBoxLayout)
{
    setObjectName(QStringLiteral("screen"));
    m_title->setObjectName(QStringLiteral("pageTitle")); // as every page's, and its Back as every Back
    m_back->setObjectName(QStringLiteral("backButton"));
    m_title->setWordWrap(true);
    m_rows->setSpacing(design::spacing * 2);
    auto* top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addWidget(m_title, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 24, 40, 24);
    layout->setSpacing(design::spacing * 3);
    layout->addLayout(top);
    layout->addWidget(m_notice);
    // The rows scroll under the title and the notice when there are more than the screen holds.
    auto* list = new QWidget;
    auto* listColumn = new QVBoxLayout(list);
    listColumn->setContentsMargins(0, 0, 0, 0);
    listColumn->addLayout(m_rows);
    listColumn->addStretch(1);
    layout->addWidget(new ScrollPage(list), 1);
    connect(m_back, &QPushButton::clicked, this, [this] {
        if (m_context.back)
            m_context.back();
    });
}

StaffListPage::Row StaffListPage::addRow()
{
    auto* row = new QFrame(this);
    row->setObjectName(QStringLiteral("statusRow"));
    row->setAttribute(Qt::WA_StyledBackground);
    auto* icon = new QLabel(row);
    icon->setFixedSize(rowIconSize, rowIconSize);
    icon->hide(); // until the row has a tone
    auto* label = new QLabel(row);
    label->setWordWrap(true);
    auto* button = new QPushButton(row);
    auto* line = new QHBoxLayout(row);
    line->setContentsMargins(design::spacing * 2, design::spacing * 2, design::spacing * 2,
                             design::spacing * 2);
    line->setSpacing(design::spacing * 2);
    line->addWidget(icon, 0, Qt::AlignTop);
    line->addWidget(label, 1);
    line->addWidget(button, 0, Qt::AlignVCenter);
    m_rows->addWidget(row);
    m_rowWidgets.append(row);
    return {label, button, icon, row};
}

void StaffListPage::setRowTone(const Row& row, design::Tone tone)
{
    design::showToneIcon(row.icon, tone, rowIconSize);
    row.icon->show();
    design::setStyleProperty(row.frame, "tone", design::toneKey(tone));
}

void StaffListPage::clearRows()
{
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
}

QString StaffListPage::statusText() const
{
    return m_notice->headline() + QLatin1Char('\n') + m_notice->detail();
}

} // namespace ssc
