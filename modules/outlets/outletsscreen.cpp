#include "outletsscreen.h"

#include "moduleapi/documentactions.h"
#include "platform/platformclient.h"
#include "session/citizensession.h"

#include <QBoxLayout>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ssc {
namespace {

const QStringList kindKeys{QString(),
                           QStringLiteral("cross-province"),
                           QStringLiteral("instant-replacement"),
                           QStringLiteral("online-channel"),
                           QStringLiteral("ecard-channel"),
                           QStringLiteral("transfer-agency")};

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
    if (key == u"transfer-agency")
        return OutletsScreen::tr("Pension transfer offices");
    return OutletsScreen::tr("All");
}

// A field the platform sends in both languages, in the screen's, ready for rich text.
QString text(const QJsonObject& outlet, const char* field)
{
    return dataInCurrentLanguage(outlet.value(QLatin1String(field))).toHtmlEscaped();
}

} // namespace

OutletsScreen::OutletsScreen(const ModuleContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_frame(ResultScreenFrame::build(this, context)),
      m_regions(new ChoiceButtons(6)), m_kinds(new ChoiceButtons(3)), m_shown(new QLabel),
      m_changeFilters(new QPushButton)
{
    m_frame.actions->setOutletsOffered(false); // this is where it would lead
    m_frame.readNoteAfterResults();            // a list to read: "no printer here" after it, not fixed below
    QList<std::pair<QString, QString>> kinds;
    for (const QString& key : kindKeys)
        kinds.append({key, kindName(key)});
    m_kinds->setChoices(kinds);
    m_shown->setObjectName(QStringLiteral("sectionTitle"));
    m_shown->setWordWrap(true);
    m_changeFilters->setObjectName(QStringLiteral("outletsFilters"));
    auto* shownRow = new QHBoxLayout;
    shownRow->setSpacing(16);
    shownRow->addWidget(m_shown, 1);
    shownRow->addWidget(m_changeFilters, 0, Qt::AlignVCenter);
    auto* choices = new QVBoxLayout;
    choices->setSpacing(16);
    choices->addLayout(shownRow);
    choices->addWidget(m_regions);
    choices->addWidget(m_kinds);
    m_frame.placeBesideResults(choices);
    // Closed, the choices are one line: the room a portrait screen has spare goes under the places, not into
    // a gap between that line and the first of them.
    m_frame.columns->setStretch(0, 0);
    // A tile tapped: its results, with the tiles out of their way (the line above says what was chosen).
    connect(m_regions, &ChoiceButtons::chosen, this, [this](const QString& key) {
        choose(key, m_kind);
        showFilters(false);
    });
    connect(m_kinds, &ChoiceButtons::chosen, this, [this](const QString& key) {
        choose(m_region, key);
        showFilters(false);
    });
    connect(m_changeFilters, &QPushButton::clicked, this, [this] { showFilters(!m_filtersOpen); });
    showFilters(false);
    loadRegions();
}

void OutletsScreen::showFilters(bool open)
{
    m_filtersOpen = open;
    m_regions->setVisible(open);
    m_kinds->setVisible(open);
    retranslate();
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
            QList<std::pair<QString, QString>> choices;
            for (const QJsonValue& r : regions) {
                const QString code = r.toObject().value(QStringLiteral("code")).toString();
                m_regionNames.insert(code, r.toObject().value(QStringLiteral("name")));
                choices.append({code, dataInCurrentLanguage(m_regionNames.value(code))});
            }
            m_regions->setChoices(choices);
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
    m_regions->setChosen(regionCode);
    m_kinds->setChosen(kind);
    retranslate(); // the line that says what is shown
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
                                          .arg(text(o, "name"), text(o, "address"),
                                               kindName(o.value(QStringLiteral("kind")).toString()),
                                               text(o, "hours"),
                                               o.value(QStringLiteral("phone")).toString().toHtmlEscaped()));
                ++m_resultCount;
            }
            m_frame.status->setText(m_resultCount == 0 ? tr("No outlets of this kind in this region.")
                                                       : tr("Places found: %1").arg(m_resultCount));
            m_frame.offerReceipt(tr("Service outlets and channels"));
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
    m_kinds->relabel(kindName);
    m_regions->relabel(
        [this](const QString& code) { return dataInCurrentLanguage(m_regionNames.value(code)); });
    const QString region = dataInCurrentLanguage(m_regionNames.value(m_region));
    m_shown->setText(region.isEmpty()
                         ? QString()
                         : tr("%1 · %2").arg(region, m_kind.isEmpty() ? tr("all kinds") : kindName(m_kind)));
    // Short words beside the line they change (GOV.UK's "Change"): a counter's narrow column in elder English
    // cut "Change the place or kind"; the whole of it is what a screen reader says.
    m_changeFilters->setText(m_filtersOpen ? tr("Hide") : tr("Change"));
    m_changeFilters->setAccessibleName(m_filtersOpen ? tr("Hide the places and kinds")
                                                     : tr("Change the place or kind"));
}

QStringList OutletsScreen::regionLabels() const
{
    return m_regions->labels();
}

} // namespace ssc
