#include "outletsscreen.h"

#include "platform/platformclient.h"
#include "session/citizensession.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>

namespace ssc {
namespace {

const QStringList kindKeys{QString(), QStringLiteral("cross-province"), QStringLiteral("instant-replacement"),
                           QStringLiteral("online-channel"), QStringLiteral("ecard-channel")};

QString kindName(const QString& key)
{
    if (key == u"cross-province")
        return OutletsScreen::tr("Cross-province service outlets");
    if (key == u"instant-replacement")
        return OutletsScreen::tr("Instant card replacement");
    if (key == u"online-channel")
        return OutletsScreen::tr("Online service channels");
    if (key == u"ecard-channel")
        return OutletsScreen::tr("E-card channels");
    return OutletsScreen::tr("All");
}

QPushButton* choice(const QString& text, const QString& key)
{
    auto* b = new QPushButton(text);
    b->setCheckable(true);
    b->setProperty("choiceKey", key);
    b->setObjectName(QStringLiteral("choiceButton"));
    return b;
}

} // namespace

OutletsScreen::OutletsScreen(const ModuleContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_frame(ResultScreenFrame::build(this, context)),
      m_regions(new QHBoxLayout), m_kinds(new QHBoxLayout), m_regionGroup(new QButtonGroup(this)),
      m_kindGroup(new QButtonGroup(this))
{
    // Two rows of kinds, so long names (English) never make the screen wider than the kiosk.
    auto* kindRows = new QGridLayout;
    kindRows->setSpacing(12);
    int index = 0;
    for (const QString& key : kindKeys) {
        QPushButton* b = choice(kindName(key), key);
        m_kindGroup->addButton(b);
        kindRows->addWidget(b, index / 3, index % 3);
        ++index;
        if (key.isEmpty())
            b->setChecked(true);
    }
    m_kinds->addLayout(kindRows);
    m_kinds->addStretch(1);
    m_regions->addStretch(1);
    m_frame.body->insertLayout(1, m_regions);
    m_frame.body->insertLayout(2, m_kinds);
    connect(m_regionGroup, &QButtonGroup::buttonClicked, this,
            [this](QAbstractButton* b) { choose(b->property("choiceKey").toString(), m_kind); });
    connect(m_kindGroup, &QButtonGroup::buttonClicked, this,
            [this](QAbstractButton* b) { choose(m_region, b->property("choiceKey").toString()); });
    retranslate();
    loadRegions();
}

void OutletsScreen::loadRegions()
{
    if (!m_context.platform)
        return;
    m_context.platform->get(
        QStringLiteral("/api/v1/outlets"),
        [this](const PlatformResult& result) {
            if (!result.ok()) {
                m_frame.status->setText(result.message());
                return;
            }
            const QJsonArray regions = result.body.value(QStringLiteral("regions")).toArray();
            for (const QJsonValue& r : regions) {
                QPushButton* b = choice(r.toObject().value(QStringLiteral("name")).toString(),
                                        r.toObject().value(QStringLiteral("code")).toString());
                m_regionGroup->addButton(b);
                m_regions->insertWidget(m_regions->count() - 1, b);
            }
            // The citizen's own card region first; a visitor starts with the first region.
            QString start = m_context.session ? m_context.session->card.regionCode : QString();
            if (start.isEmpty() && !regions.isEmpty())
                start = regions.first().toObject().value(QStringLiteral("code")).toString();
            choose(start, m_kind);
        },
        this);
}

void OutletsScreen::choose(const QString& regionCode, const QString& kind)
{
    m_region = regionCode;
    m_kind = kind;
    for (QAbstractButton* b : m_regionGroup->buttons())
        b->setChecked(b->property("choiceKey").toString() == regionCode);
    for (QAbstractButton* b : m_kindGroup->buttons())
        b->setChecked(b->property("choiceKey").toString() == kind);
    load();
}

void OutletsScreen::load()
{
    if (!m_context.platform || m_region.isEmpty())
        return;
    QString path = QStringLiteral("/api/v1/outlets?region=") + m_region;
    if (!m_kind.isEmpty())
        path += QStringLiteral("&kind=") + m_kind;
    m_frame.status->setText(tr("Looking up…"));
    m_context.platform->get(
        path,
        [this](const PlatformResult& result) {
            m_frame.clearResults();
            m_resultCount = 0;
            if (!result.ok()) {
                m_frame.status->setText(result.message());
                return;
            }
            for (const QJsonValue& v : result.body.value(QStringLiteral("outlets")).toArray()) {
                const QJsonObject o = v.toObject();
                m_frame.addResultCard(QStringLiteral("<b>%1</b><br>%2<br>%3 · %4 · %5")
                                          .arg(o.value(QStringLiteral("name")).toString().toHtmlEscaped(),
                                               o.value(QStringLiteral("address")).toString().toHtmlEscaped(),
                                               kindName(o.value(QStringLiteral("kind")).toString()),
                                               o.value(QStringLiteral("hours")).toString().toHtmlEscaped(),
                                               o.value(QStringLiteral("phone")).toString().toHtmlEscaped()));
                ++m_resultCount;
            }
            m_frame.status->setText(m_resultCount == 0 ? tr("No outlets of this kind in this region.")
                                                       : tr("Places found: %1").arg(m_resultCount));
        },
        this);
}

QString OutletsScreen::resultsText() const
{
    return allLabelText(this);
}

void OutletsScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        load();
    }
    QWidget::changeEvent(event);
}

void OutletsScreen::retranslate()
{
    m_frame.back->setText(tr("Back"));
    m_frame.title->setText(tr("Service outlets and channels"));
    for (QAbstractButton* b : m_kindGroup->buttons())
        b->setText(kindName(b->property("choiceKey").toString()));
}

} // namespace ssc
