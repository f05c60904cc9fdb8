#include "outofservicescreen.h"

#include "moduleapi/designsystem.h"
#include "screenlayout.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStringList>
#include <QSvgWidget>
#include <QVBoxLayout>

namespace ssc {

OutOfServiceScreen::OutOfServiceScreen(QWidget* parent)
    : QWidget(parent), m_icon(new QSvgWidget), m_title(new QLabel), m_message(new QLabel),
      m_advice(new QLabel), m_staff(new QLabel)
{
    setObjectName(QStringLiteral("outOfServiceScreen"));
    QWidget* card = addCentredCard(this);
    // Information, not an error: nothing went wrong for the citizen, the terminal is simply not ready.
    m_icon->load(design::toneIcon(design::Tone::Info));
    m_icon->setFixedSize(96, 96);
    m_title->setObjectName(QStringLiteral("promptTitle"));
    m_message->setObjectName(QStringLiteral("promptDetail"));
    m_advice->setObjectName(QStringLiteral("advice"));
    m_staff->setObjectName(QStringLiteral("fieldHelp"));
    auto* words = new QVBoxLayout;
    words->setSpacing(16);
    for (QLabel* l : {m_title, m_message, m_advice, m_staff}) {
        l->setWordWrap(true);
        words->addWidget(l);
    }
    auto* layout = new QHBoxLayout(card);
    layout->setContentsMargins(48, 40, 48, 40);
    layout->setSpacing(32);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(words, 1);
    retranslate();
}

void OutOfServiceScreen::show(fleet::Compatibility why, int platformApi, const QString& minimumVersion,
                              const QString& ownVersion, bool forStaff)
{
    m_staff->setVisible(forStaff); // versions are no words for a citizen (EXPERIENCE.md, question 6)
    m_why = why;
    m_platformApi = platformApi;
    m_minimum = minimumVersion;
    m_version = ownVersion;
    retranslate();
}

QString OutOfServiceScreen::title() const
{
    return m_title->text();
}

QString OutOfServiceScreen::staffLine() const
{
    return m_staff->text();
}

bool OutOfServiceScreen::staffLineShown() const
{
    return !m_staff->isHidden();
}

void OutOfServiceScreen::retranslate()
{
    m_title->setText(tr("This terminal is waiting for an update"));
    m_message->setText(tr("It cannot serve anyone until it has been updated. The hall's staff can see this "
                          "on their screen."));
    m_advice->setText(tr("Please use another terminal or go to a counter. Thank you for your patience."));
    QStringList spoken;
    for (const int v : fleet::apiVersionsSpoken())
        spoken << QString::number(v);
    m_staff->setText(m_why == fleet::Compatibility::ApiMismatch
                         ? tr("For staff: the platform speaks API version %1; this terminal (version %2) "
                              "speaks %3.")
                               .arg(m_platformApi)
                               .arg(m_version, spoken.join(QStringLiteral(", ")))
                         : tr("For staff: the platform serves terminals from version %1 on; this one is "
                              "version %2.")
                               .arg(m_minimum, m_version));
}

void OutOfServiceScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ssc
