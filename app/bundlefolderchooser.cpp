#include "bundlefolderchooser.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ssc {

BundleFolderChooser::BundleFolderChooser(QWidget* parent)
    : QFrame(parent), m_title(new QLabel), m_hint(new QLabel), m_choices(new QVBoxLayout),
      m_cancel(new QPushButton)
{
    setObjectName(QStringLiteral("card"));
    setAttribute(Qt::WA_StyledBackground);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_hint->setWordWrap(true);
    m_choices->setSpacing(12);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(16);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addLayout(m_choices);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_cancel);
    layout->addLayout(bottom);
    layout->addStretch(1);
    connect(m_cancel, &QPushButton::clicked, this, &BundleFolderChooser::cancelled);
    retranslate();
}

void BundleFolderChooser::setDestinations(const QList<BundleDestinations::Destination>& destinations,
                                          const QString& preferred)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_destinations = destinations;
    for (const BundleDestinations::Destination& destination : destinations) {
        auto* button = new QPushButton;
        button->setProperty("primary", destination.folder == preferred);
        button->setMinimumHeight(56);
        // A long path is cut in its middle (showText) rather than widening the page past the screen.
        button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        const QString folder = destination.folder;
        connect(button, &QPushButton::clicked, this, [this, folder] { emit chosen(folder); });
        m_choices->addWidget(button);
        m_buttons.append(button);
    }
    showTexts();
}

void BundleFolderChooser::showTexts()
{
    for (int i = 0; i < m_buttons.size(); ++i) {
        QPushButton* button = m_buttons[i];
        const QString full = describe(m_destinations[i]);
        const int room = button->width() - 2 * button->fontMetrics().averageCharWidth() - 32;
        button->setText(room > 0 ? button->fontMetrics().elidedText(full, Qt::ElideMiddle, room) : full);
        button->setToolTip(full);
    }
}

void BundleFolderChooser::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    // The buttons have their new width only once the layout has run.
    QMetaObject::invokeMethod(this, &BundleFolderChooser::showTexts, Qt::QueuedConnection);
}

QPushButton* BundleFolderChooser::buttonFor(const QString& folder) const
{
    for (int i = 0; i < m_destinations.size(); ++i)
        if (m_destinations[i].folder == folder)
            return m_buttons.value(i);
    return nullptr;
}

QString BundleFolderChooser::describe(const BundleDestinations::Destination& destination) const
{
    // Staff read where it goes: the folder's path is what they will look for afterwards.
    if (!destination.removable)
        return tr("This computer: %1").arg(destination.folder);
    return tr("USB drive %1: %2").arg(destination.name, destination.folder);
}

void BundleFolderChooser::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showTexts();
    }
    QFrame::changeEvent(event);
}

void BundleFolderChooser::retranslate()
{
    m_title->setText(tr("Where should the support bundle go?"));
    m_hint->setText(tr("A USB drive appears here once it is plugged in and opened by the system. The bundle "
                       "holds logs, versions and devices, no personal data."));
    m_cancel->setText(tr("Cancel"));
}

} // namespace ssc
