#include "estimatescreen.h"

#include "moduleapi/designsystem.h"
#include "moduleapi/formview.h"
#include "platform/platformclient.h"
#include "records/rightsrecord.h"
#include "session/citizensession.h"

#include <QDate>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ssc {
namespace {

QString money(double yuan)
{
    return QStringLiteral("¥") + formatYuan(qRound64(yuan * 100)); // the rights record's own format
}

QString years(double value)
{
    return QLocale(QLocale::English).toString(value, 'f', 1);
}

YearMonth thisMonth()
{
    const QDate today = QDate::currentDate();
    return {today.year(), today.month()};
}

} // namespace

EstimateScreen::EstimateScreen(const ModuleContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_frame(ResultScreenFrame::build(this, context)),
      m_change(new QPushButton(this))
{
    m_change->hide();
    m_frame.body->insertWidget(2, m_change, 0, Qt::AlignLeft);
    connect(m_change, &QPushButton::clicked, this, &EstimateScreen::changeFigures);
    if (context.session) {
        const QDate born = context.session->person.birthDate;
        m_person = {{born.year(), born.month()}, context.session->person.sex == Sex::Female};
    }
    retranslate();
    if (!context.platform || !context.session || !context.session->person.birthDate.isValid()) {
        showPage(Page::Refused);
        return;
    }
    context.platform->get(
        QStringLiteral("/api/v1/me/pension/estimate-basis"),
        [this](const PlatformResult& result) { basisArrived(result); }, this);
}

QString EstimateScreen::statusText() const
{
    return m_frame.status->text();
}

void EstimateScreen::basisArrived(const PlatformResult& result)
{
    m_basis = result;
    const QJsonObject& basis = result.body;
    if (!result.ok() || basis.value(QStringLiteral("recipient")).toBool() ||
        basis.value(QStringLiteral("scheme")).toString() == u"resident")
        return showPage(Page::Refused);
    m_provinceCode = basis.value(QStringLiteral("provinceCode")).toString();
    m_form = std::make_unique<FormState>(pensionEstimateForm(m_person));
    m_form->prefill(estimateValuesFromBasis(basis));
    m_view = new FormView(*m_form, {}, this);
    m_view->setSubmitLabel({"EstimateScreen", QT_TRANSLATE_NOOP("EstimateScreen", "See the estimate"), {}});
    m_view->setOnScreenKeyboard(m_context.mode == TerminalMode::Kiosk);
    m_frame.body->insertWidget(3, m_view, 1);
    connect(m_view, &FormView::submitRequested, this, &EstimateScreen::showEstimate);
    connect(m_view, &FormView::cancelled, this, [back = m_context.back] {
        if (back)
            back();
    });
    m_view->showStep();
    showPage(Page::Form);
}

void EstimateScreen::showEstimate()
{
    const auto input = estimateInputFrom(m_form->values(), m_person, thisMonth());
    if (!m_form->readyToSubmit() || !input)
        return;
    m_outcome = estimatePension(*input, *transitionalFormulaFor(m_provinceCode));
    showPage(Page::Estimate);
}

void EstimateScreen::changeFigures()
{
    if (m_page != Page::Estimate)
        return;
    m_outcome.reset();
    while (m_form->step() > 0) // from the first step, every answer as it was
        m_form->back();
    m_view->showStep();
    showPage(Page::Form);
}

void EstimateScreen::showPage(Page page)
{
    m_page = page;
    if (m_view)
        m_view->setVisible(page == Page::Form);
    m_frame.resultsArea->setVisible(page == Page::Estimate);
    m_change->setVisible(page == Page::Estimate);
    retranslate();
}

void EstimateScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EstimateScreen::retranslate()
{
    m_frame.back->setText(tr("Back"));
    m_frame.title->setText(tr("Pension estimate"));
    m_change->setText(tr("Change the figures"));
    m_frame.clearResults();
    switch (m_page) {
    case Page::Loading:
        return m_frame.status->setText(tr("Looking up what you have paid…"));
    case Page::Refused:
        if (!m_basis)
            return m_frame.status->setText(
                tr("The estimate needs you logged in with your e-card, with your date of birth on record."));
        if (!m_basis->ok())
            return m_frame.status->setText(m_basis->messageAndAdvice());
        if (m_basis->body.value(QStringLiteral("recipient")).toBool())
            return m_frame.status->setText(
                clerkReads()
                    ? tr("The applicant already draws a pension, so there is nothing to estimate: the "
                         "amount paid is on their rights record.")
                    : tr("You already draw a pension, so there is nothing to estimate: the amount "
                         "paid to you is on your rights record."));
        return m_frame.status->setText(
            tr("The estimate is for enterprise employees and people in flexible employment. For the resident "
               "pension, please ask your social insurance office."));
    case Page::Form:
        return m_frame.status->setText(
            clerkReads() ? tr("Filled in from the applicant's social insurance record. Check it with the "
                              "applicant, correct anything they know better, then see the estimate.")
                         : tr("We have filled this in from your social insurance record. Check it, correct "
                              "anything you know better, then see what you may receive."));
    case Page::Estimate:
        break;
    }
    if (!m_outcome || !m_outcome->estimate) {
        const auto problem = m_outcome ? m_outcome->problem : std::nullopt;
        return m_frame.status->setText(problem == EstimateProblem::AlreadyRetirementAge
                                           ? (clerkReads()
                                                  ? tr("The applicant has reached that retirement age: the "
                                                       "social insurance office calculates the pension when "
                                                       "they apply for it.")
                                                  : tr("You have reached that retirement age: the social "
                                                       "insurance office calculates your pension when you "
                                                       "apply for it."))
                                       : problem == EstimateProblem::NoAverageWage
                                           ? tr("The local average wage is needed for the estimate.")
                                           : tr("No estimate can be made for this retirement age."));
    }
    m_frame.status->setText(tr("An estimate from the figures you gave, not a promise: the social insurance "
                               "office calculates your pension when you retire."));
    addEstimateCards();
    m_frame.offerReceipt(tr("Pension estimate"));
}

void EstimateScreen::addEstimateCards()
{
    const PensionEstimate& e = *m_outcome->estimate;
    const auto escaped = [](const QString& text) { return text.toHtmlEscaped(); };
    const QString when = e.retirementAge.remainderMonths() == 0
                             ? tr("From %1, when you retire at %2.")
                                   .arg(e.retirementMonth.toString())
                                   .arg(e.retirementAge.years())
                             : tr("From %1, when you retire at %2 years %3 months.")
                                   .arg(e.retirementMonth.toString())
                                   .arg(e.retirementAge.years())
                                   .arg(e.retirementAge.remainderMonths());
    QString headline = QStringLiteral("<p style='font-size:28pt;font-weight:bold'>%1</p><p>%2</p>")
                           .arg(escaped(tr("About %1 a month").arg(money(e.total()))), escaped(when));
    if (e.totalAtTodaysWages < e.total() - 0.5) // money of a later year, said in today's as well
        headline +=
            QStringLiteral("<p>%1</p>")
                .arg(escaped(
                    tr("At today's wage level that is about %1 a month.").arg(money(e.totalAtTodaysWages))));
    m_frame.addResultCard(headline);
    // Each part in plain words first; the rule's formula after it, in the muted type, for those who check.
    const auto part = [&](const QString& heading, const QString& plain, const QString& formula) {
        m_frame.addResultCard(
            QStringLiteral("<b>%1</b><br>%2<br><span style='color:%4'>%3</span>")
                .arg(escaped(heading), escaped(plain), escaped(formula), design::inkSoft.name()));
    };
    part(tr("Basic pension: %1").arg(money(e.basic)),
         tr("The more years you pay, and the higher your pay compared with the average wage where you live, "
            "the "
            "more it is: %1 years, at %2 times the average wage.")
             .arg(years(e.yearsAtRetirement), QString::number(e.indexAtRetirement, 'f', 2)),
         tr("How it is worked out: (average wage + average wage × %1) ÷ 2 × %2 years × 1%, with the average "
            "wage "
            "of %3 a month (last year's, grown to your retirement).")
             .arg(QString::number(e.indexAtRetirement, 'f', 2), years(e.yearsAtRetirement),
                  money(e.averageWageAtRetirement)));
    part(tr("Personal account pension: %1").arg(money(e.account)),
         tr("What you paid into your personal account, %1 by the time you retire, paid out month by month.")
             .arg(money(e.accountAtRetirement)),
         tr("How it is worked out: %1 ÷ %2, the months the law sets for your retirement age.")
             .arg(money(e.accountAtRetirement), years(e.divisorMonths)));
    if (e.transitional > 0)
        m_frame.addResultCard(
            QStringLiteral("<b>%1</b><br>%2")
                .arg(escaped(tr("Transitional pension: %1").arg(money(e.transitional))),
                     escaped(hasOwnTransitionalFormula(m_provinceCode)
                                 ? tr("For years worked before the pension reform, "
                                      "by %1.")
                                       .arg(transitionalFormulaFor(m_provinceCode)->source().translated())
                                 : tr("For years worked before the pension reform, "
                                      "by %1 as a guide: your "
                                      "province's own may differ.")
                                       .arg(transitionalFormulaFor(m_provinceCode)->source().translated()))));
    const QString minimum = tr("At retirement you will have %1 years of contributions; %2 years are "
                               "needed "
                               "for a monthly pension when retiring in %3.")
                                .arg(years(e.yearsAtRetirement), years(e.minimumYears))
                                .arg(e.retirementMonth.year);
    m_frame.addResultCard(
        e.meetsMinimumYears()
            ? escaped(minimum)
            : QStringLiteral("<b>%1</b><br>%2")
                  .arg(escaped(minimum), escaped(tr("With fewer years you can keep paying after the "
                                                    "retirement age until you have "
                                                    "enough, or move to the resident pension scheme. "
                                                    "The estimate above assumes "
                                                    "you have enough."))));
    m_frame.addResultCard(escaped(m_form->value(QStringLiteral("insuredAs")) == u"flexible"
                                      ? tr("You pay about %1 a month now: 20% of your contribution "
                                           "base, 8% of it into your account.")
                                            .arg(money(e.monthlyContribution))
                                      : tr("You pay about %1 a month now: 8% of your contribution "
                                           "base, all of it into your account; "
                                           "your employer pays 16%.")
                                            .arg(money(e.monthlyContribution))));
}

} // namespace ssc
