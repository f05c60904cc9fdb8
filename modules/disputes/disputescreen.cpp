#include "disputescreen.h"

#include "applications/applicationkinds.h"
#include "disputes/disputeform.h"

namespace ssc {

DisputeScreen::DisputeScreen(const ModuleContext& context, QWidget* parent)
    : ApplicationScreen(context, QStringLiteral("labour-dispute"), parent)
{
    load();
}

void DisputeScreen::beforeForm()
{
    m_evidence = {};
    openForm(disputeForm(QDate::currentDate()));
    // A restored draft names evidence whose previews are gone with the screen: attached again, seen again.
    if (!form().value(QStringLiteral("evidence")).isEmpty())
        form().set(QStringLiteral("evidence"), {});
}

QWidget* DisputeScreen::customEditor(const FormField& field)
{
    if (field.kind != FieldKind::Files)
        return nullptr;
    auto* panel = new EvidencePanel(context(), m_evidence);
    panel->setObjectName(field.key);
    connect(panel, &EvidencePanel::changed, this,
            [this, key = field.key](const QStringList& ids) { formView()->enter(key, ids.join(u',')); });
    return panel;
}

QString DisputeScreen::customDisplay(const FormField& field, const QString& value) const
{
    if (field.kind != FieldKind::Files)
        return {};
    QStringList names;
    for (const AttachedEvidence& e : m_evidence.files)
        if (value.split(u',').contains(e.id))
            names.append(e.name);
    return names.join(tr(", "));
}

EvidencePanel* DisputeScreen::evidencePanel() const
{
    return formView() ? formView()->findChild<EvidencePanel*>() : nullptr;
}

QString DisputeScreen::titleText() const
{
    return tr("Labour dispute mediation");
}

QString DisputeScreen::limitationText() const
{
    const QDate today = QDate::currentDate();
    const auto limit = disputeLimitation(form().values(), today);
    if (!limit)
        return {};
    if (!limit->deadline.isValid())
        return tr("Pay owed while you still work there can be taken to arbitration at any time during the "
                  "employment, and within one year after it ends.");
    if (limit->withinLimit)
        return tr("If mediation does not succeed, you can apply for arbitration until %1 (%n day(s) left).",
                  "", limit->daysLeft)
            .arg(limit->deadline.toString(Qt::ISODate));
    return tr("The one-year time limit for arbitration ended on %1. Mediation can still be tried, but if it "
              "fails, "
              "the arbitration committee may refuse the case as out of time.")
        .arg(limit->deadline.toString(Qt::ISODate));
}

QString DisputeScreen::introText() const
{
    // Once the dates are given (the evidence step and the review), the time limit is explained.
    if (form().step() >= 3)
        if (const QString limit = limitationText(); !limit.isEmpty())
            return limit;
    return tr(
        "Four steps: the applicant, the employer, the dispute, the evidence. Mediation is free of charge.");
}

QString DisputeScreen::submittingText() const
{
    return tr("Submitting your application…");
}

QString DisputeScreen::filedText(const QString& /*receipt: on the result page, grouped*/) const
{
    return tr("A mediation organisation decides within 5 working days whether to accept it and will contact"
              " you by phone. You can follow the progress here without entering anything again.");
}

QString DisputeScreen::againText() const
{
    return tr("New application");
}

QString DisputeScreen::showStatus()
{
    frame().clearResults();
    for (const QJsonObject& a : applications())
        frame().addResultCard(applicationCardText(a, a.value(QStringLiteral("subject")).toString()));
    frame().resultsArea->show();
    return tr("Your mediation applications and how far each has come:");
}

} // namespace ssc
