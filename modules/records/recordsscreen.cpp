#include "recordsscreen.h"

#include "moduleapi/scrollpage.h"

#include "domain/provinces.h"

#include "recordtexts.h"
#include "session/citizensession.h"

#include <QEvent>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace ssc {
namespace {

// The province of a region code: 440305 (a Shenzhen district) → 440000 (广东省).
QString provinceOf(const QString& regionCode)
{
    return regionCode.size() == 6 ? regionCode.left(2) + QStringLiteral("0000") : QString();
}

QLabel* label(const char* objectName)
{
    auto* l = new QLabel;
    l->setObjectName(QLatin1String(objectName));
    l->setWordWrap(true);
    return l;
}

} // namespace

RecordsScreen::RecordsScreen(const ModuleContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_frame(ResultScreenFrame::build(this, context)),
      m_query(context.platform), m_provinceLabel(label("fieldLabel")), m_provinces(new ChoiceButtons(3)),
      m_yearLabel(label("fieldLabel")), m_years(new ChoiceButtons(4)), m_note(label("promptDetail")),
      m_retry(new QPushButton), m_pdf(new QPdfDocument(this)), m_preview(new QPdfView),
      m_actions(new DocumentActions(context))
{
    // Choices and actions on the left, the document as large as the screen allows on the right.
    m_frame.resultsArea->hide();
    // The choices scroll by finger when they are more than the room (the elder interface's larger tiles); the
    // print and save buttons stay under them, always in reach.
    auto* choicesPage = new QWidget;
    auto* choices = new QVBoxLayout(choicesPage);
    choices->setContentsMargins(0, 0, 0, 0);
    choices->setSpacing(16);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_provinceLabel, m_provinces, m_yearLabel, m_years, m_note})
        choices->addWidget(w);
    choices->addWidget(m_retry, 0, Qt::AlignLeft);
    choices->addStretch(1);
    auto* left = new QVBoxLayout;
    left->setSpacing(16);
    left->addWidget(new ScrollPage(choicesPage), 1);
    left->addWidget(m_actions);
    auto* columns = new QHBoxLayout;
    columns->setSpacing(32);
    columns->addLayout(left, 2);
    columns->addWidget(m_preview, 3);
    m_frame.body->insertLayout(2, columns, 1);
    m_retry->setProperty("primary", true);
    m_retry->hide();
    m_preview->setDocument(m_pdf);
    m_preview->setPageMode(QPdfView::PageMode::MultiPage);
    m_preview->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_preview->hide();
    connect(m_provinces, &ChoiceButtons::chosen, this, &RecordsScreen::chooseProvince);
    connect(m_years, &ChoiceButtons::chosen, this, [this](const QString& year) { chooseYear(year.toInt()); });
    connect(m_retry, &QPushButton::clicked, this, &RecordsScreen::retry);
    connect(&m_query, &RecordQuery::provincesLoaded, this, &RecordsScreen::showProvinces);
    connect(&m_query, &RecordQuery::provincesFailed, this, &RecordsScreen::showFailure);
    connect(&m_query, &RecordQuery::failed, this, &RecordsScreen::showFailure);
    connect(&m_query, &RecordQuery::recordReady, this, &RecordsScreen::showRecord);
    m_waiting = context.platform != nullptr;
    retranslate();
    m_query.loadProvinces();
}

RecordsScreen::~RecordsScreen()
{
    m_pdf->close();
    m_query.clear();
}

void RecordsScreen::showProvinces()
{
    m_waiting = false;
    QList<std::pair<QString, QString>> choices;
    for (const RecordQuery::Province& p : m_query.provinces()) {
        const QString name = provinceName(p.code); // in the language of the moment; else the platform's own
        choices.append({p.code, name.isEmpty() ? p.name : name});
    }
    m_provinces->setChoices(choices);
    // The citizen's card region first: most people want the record of the province they are insured in.
    const QString own = m_context.session ? provinceOf(m_context.session->card.regionCode) : QString();
    chooseProvince(m_query.province(own) ? own : m_query.provinces().value(0).code);
}

void RecordsScreen::chooseProvince(const QString& code)
{
    const RecordQuery::Province* province = m_query.province(code);
    if (!province)
        return;
    m_province = code;
    m_year = 0;
    m_failure.reset();
    m_provinces->setChosen(code);
    QList<std::pair<QString, QString>> years;
    for (int y = std::max(province->lastYear, province->currentYear); y >= province->firstYear; --y)
        years.append({QString::number(y), QString::number(y)});
    m_years->setChoices(years);
    m_query.clear();
    m_pdf->close();
    m_preview->hide();
    m_actions->clear();
    m_retry->hide();
    retranslate();
}

void RecordsScreen::chooseYear(int year)
{
    if (m_province.isEmpty())
        return;
    m_year = year;
    m_years->setChosen(QString::number(year));
    m_failure.reset();
    m_waiting = true;
    m_pdf->close();
    m_preview->hide();
    m_actions->clear();
    m_retry->hide();
    retranslate();
    m_query.fetch(m_province, year);
}

void RecordsScreen::retry()
{
    if (m_year != 0)
        chooseYear(m_year);
    else
        m_query.loadProvinces();
}

void RecordsScreen::showFailure(const PlatformResult& result)
{
    m_waiting = false;
    m_failure = result;
    // Timeouts are worth another tap; a province that is not open or holds no record is not.
    const bool transient = result.noAnswer() || result.errorCode == u"data_timeout";
    m_retry->setVisible(transient);
    retranslate();
}

void RecordsScreen::showRecord()
{
    m_waiting = false;
    m_pdf->close();
    m_pdfBytes.close();
    m_pdfBytes.setData(m_query.pdf());
    m_pdfBytes.open(QIODevice::ReadOnly);
    m_pdf->load(&m_pdfBytes);
    m_preview->show();
    m_actions->setDocument(m_query.document(), m_query.pdf());
    retranslate();
    emit recordShown();
}

QString RecordsScreen::statusText() const
{
    return m_frame.status->text();
}

QString RecordsScreen::noteText() const
{
    return m_note->text();
}

bool RecordsScreen::retryOffered() const
{
    return !m_retry->isHidden();
}

void RecordsScreen::changeEvent(QEvent* event)
{
    // The document is in the language it was made in; choosing the year again remakes it in the new one.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecordsScreen::retranslate()
{
    m_frame.back->setText(tr("Back"));
    m_frame.title->setText(tr("Social insurance rights record"));
    m_provinceLabel->setText(tr("Province of insurance"));
    m_provinces->relabel([this](const QString& code) {
        const QString name = provinceName(code);
        if (!name.isEmpty())
            return name;
        for (const RecordQuery::Province& p : m_query.provinces())
            if (p.code == code)
                return p.name;
        return code;
    });
    m_yearLabel->setText(tr("Year"));
    const RecordQuery::Province* shown = m_query.province(m_province);
    m_years->relabel([shown](const QString& key) {
        return shown && key.toInt() > shown->lastYear ? tr("%1 so far").arg(key) : key;
    });
    m_retry->setText(tr("Try again"));
    const RecordQuery::Province* province = m_query.province(m_province);
    QString note;
    if (province && province->openInsurances.isEmpty())
        note =
            tr("%1 has not yet opened its records for national query. Please ask the social insurance office "
               "there, or use its own website or app.")
                .arg(province->name);
    else if (province && !province->closedInsurances.isEmpty()) {
        QStringList names;
        for (const QString& key : province->closedInsurances)
            names << RecordTexts::insurance(key, RecordVariant::Employee);
        note =
            tr("%1 has not opened these insurances for national query, so they are not on this record: %2.")
                .arg(province->name, names.join(tr(", ")));
    }
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    QString status;
    if (m_waiting && !m_province.isEmpty())
        status =
            tr("Fetching your %1 record from %2…").arg(m_year).arg(province ? province->name : m_province);
    else if (m_waiting)
        status = tr("Looking up which provinces are open…");
    else if (m_failure)
        status = m_failure->messageAndAdvice();
    else if (const auto& record = m_query.record())
        status = tr("Your %1 record from %2. Please check it, then print it.")
                     .arg(record->year)
                     .arg(record->provinceName);
    else if (!m_context.platform)
        status = tr("The social security system cannot be reached right now.");
    else
        status = tr("Choose the province, then tap a year: its record opens at once.");
    m_frame.status->setText(status);
}

} // namespace ssc
