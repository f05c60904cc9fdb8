#include "transferscreen.h"

#include "domain/provinces.h"
#include "i18n/translator.h"
#include "moduleapi/designsystem.h"
#include "moduleapi/formview.h"
#include "pension/transferform.h"
#include "platform/platformclient.h"

#include <QJsonArray>
#include <QWidget>

namespace ssc {

TransferScreen::TransferScreen(const ModuleContext& context, QWidget* parent)
    : ApplicationScreen(context, QStringLiteral("pension-transfer"), parent)
{
    load();
}

void TransferScreen::beforeForm()
{
    if (!context().platform)
        return;
    context().platform->get(
        QStringLiteral("/api/v1/me/pension/transfer-check"),
        [this](const PlatformResult& result) {
            if (!result.ok())
                return refuse([result] { return result.messageAndAdvice(); });
            m_check = result.body;
            if (!m_check.value(QStringLiteral("possible")).toBool())
                return refuse([this] {
                    const QString forClerk = applicantReason();
                    return !forClerk.isEmpty()
                               ? forClerk
                               : inCurrentLanguage(m_check.value(QStringLiteral("reason")).toObject());
                });
            const QJsonObject to = m_check.value(QStringLiteral("to")).toObject();
            const QJsonArray from = m_check.value(QStringLiteral("from")).toArray();
            QStringList fromProvinces;
            for (const QJsonValue& place : from)
                fromProvinces.append(place[QStringLiteral("province")].toString());
            // Only the person's own places to choose from: one or two buttons, not thirty-one.
            openForm(pensionTransferForm(fromProvinces, to.value(QStringLiteral("province")).toString()));
            form().prefill(
                {{QStringLiteral("transferIn"), to.value(QStringLiteral("province")).toString()},
                 {QStringLiteral("transferOut"), from.first()[QStringLiteral("province")].toString()},
                 {QStringLiteral("employer"), to.value(QStringLiteral("employer")).toString()}});
            formView()->showStep();
        },
        this);
}

// The platform decides and says why to the person ("you"); a clerk reads the reason about the applicant, so
// at a counter the same decision is put in their words. Empty: a reason this terminal has no words for, said
// as the platform sent it.
QString TransferScreen::applicantReason() const
{
    if (context().mode != TerminalMode::Counter)
        return {};
    const QString code = m_check.value(QStringLiteral("code")).toString();
    if (code == u"drawing_pension")
        return tr("The applicant already draws a pension: the relation stays where it is paid, wherever they "
                  "live.");
    if (code == u"not_insured")
        return tr("The applicant is not paying in anywhere at the moment. A transfer is asked for where they "
                  "work and pay in, once they do.");
    if (code == u"one_place")
        return tr(
            "The applicant has paid in at one place only, so there is nothing to move. When they work and "
            "pay in somewhere new, they ask for the transfer there.");
    if (code == u"nothing_to_transfer")
        return tr(
            "Every earlier relation of the applicant has already moved to where they pay in now, so there "
            "is nothing more to move.");
    if (code == u"temporary_account")
        return tr("The applicant was first insured here at 50 or over (women: 40), away from their household "
                  "registration: this is a temporary account, and no relation can be moved into it. On "
                  "retiring, it moves to where they will draw their pension.");
    return {};
}

bool TransferScreen::nothingToTransfer() const
{
    static const QStringList codes{QStringLiteral("one_place"), QStringLiteral("nothing_to_transfer"),
                                   QStringLiteral("drawing_pension")};
    return codes.contains(m_check.value(QStringLiteral("code")).toString());
}

design::Tone TransferScreen::refusalTone() const
{
    return nothingToTransfer() ? design::Tone::Info : ApplicationScreen::refusalTone();
}

QString TransferScreen::refusalHeadline() const
{
    return nothingToTransfer() ? tr("No transfer is needed now") : ApplicationScreen::refusalHeadline();
}

QString TransferScreen::titleText() const
{
    return tr("Pension relation transfer");
}

QString TransferScreen::introText() const
{
    QStringList sentences{
        tr("Asked for where you work and pay in now: your record and your account follow you, and "
           "your years are counted together.")};
    const QJsonObject where = m_check.value(QStringLiteral("benefitPlace")).toObject();
    if (!where.isEmpty())
        sentences.append(tr("By the rules as they stand today you would draw your pension in %1: %2.")
                             .arg(provinceName(where.value(QStringLiteral("province")).toString()),
                                  inCurrentLanguage(where.value(QStringLiteral("why")).toObject())));
    sentences.append(
        tr("Questions? Ask a pension transfer office: they are listed under \"Service outlets and "
           "channels\"."));
    return joinSentences(sentences);
}

QString TransferScreen::submittingText() const
{
    return tr("Submitting your transfer application…");
}

QString TransferScreen::filedText(const QString& /*receipt: on the result page, grouped*/) const
{
    return tr("The new place reviews it within 15 working days; then the old place moves your record and "
              "funds. You can follow every step here.");
}

QString TransferScreen::againText() const
{
    return tr("Apply again");
}

void TransferScreen::showProgress(const QString& status)
{
    // "社保转移进度": the three steps, each done, under way or to come.
    const int reached = status == u"completed"      ? 3
                        : status == u"transferring" ? 2
                        : status == u"agreed"       ? 1
                                                    : 0;
    const QString steps[] = {tr("The new place reviews and agrees, and sends the letter of contact"),
                             tr("The old place moves your contribution record and funds"),
                             tr("The new place takes them over: the transfer is complete")};
    frame().clearResults(); // showStatus runs again on a language change
    frame().resultsArea->show();
    QString rows;
    for (int i = 0; i < 3; ++i) {
        const QString mark = i < reached    ? QStringLiteral("✓")
                             : i == reached ? QStringLiteral("●")
                                            : QStringLiteral("○");
        const QString style = i < reached    ? QStringLiteral("color:#2e8b57")
                              : i == reached ? QStringLiteral("font-weight:bold")
                                             : QStringLiteral("color:#6b7785");
        rows +=
            QStringLiteral("<p style='%1'>%2&nbsp;&nbsp;%3</p>").arg(style, mark, steps[i].toHtmlEscaped());
    }
    frame().addResultCard(QStringLiteral("<b>%1</b>%2").arg(tr("Progress").toHtmlEscaped(), rows));
}

QString TransferScreen::showStatus()
{
    const QJsonObject& latest = applications().first();
    // Grouped as on the result page and the printed receipt, and never broken across lines.
    const QString receipt =
        design::unbroken(design::groupForReading(latest.value(QStringLiteral("receipt")).toString()));
    const QString status = latest.value(QStringLiteral("status")).toString();
    if (status != u"returned")
        showProgress(status);
    if (status == u"agreed")
        return tr("Your transfer (receipt %1) was agreed by the new place, which has sent the letter of "
                  "contact to "
                  "the old place. The old place moves your record and funds within 15 working days.")
            .arg(receipt);
    if (status == u"transferring")
        return tr("Your transfer (receipt %1): the old place is moving your record and funds. The new place "
                  "completes it within 15 working days.")
            .arg(receipt);
    if (status == u"completed")
        return tr("Your transfer (receipt %1) is complete: your pension relation is at the new place and "
                  "your "
                  "years are counted together.")
            .arg(receipt);
    if (status == u"returned")
        return tr("Your transfer application (receipt %1) was returned: %2. You can apply again.")
            .arg(receipt, latest.value(QStringLiteral("reason")).toString());
    return tr("Your transfer application (receipt %1) is being reviewed by the new place, within 15 working "
              "days.")
        .arg(receipt);
}

} // namespace ssc
