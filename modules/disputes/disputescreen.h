#pragma once

#include "evidencepanel.h"
#include "moduleapi/applicationscreen.h"

namespace ssc {

// 劳动人事争议调解申请 and 调解进展查询: the person's cases first, each with its progress (受理, 调解中,
// 调解成功, 调解不成转仲裁) and nothing to re-enter; then a new application in four steps — about you, the
// employer (its credit code checked as it is typed), the dispute and the claims, the evidence — with the
// one-year arbitration limit worked out from the dates given and explained before submitting.
class DisputeScreen : public ApplicationScreen {
    Q_OBJECT
public:
    explicit DisputeScreen(const ModuleContext& context, QWidget* parent = nullptr);

    EvidencePanel* evidencePanel() const;

protected:
    void beforeForm() override;
    QString titleText() const override;
    QString introText() const override;
    QString submittingText() const override;
    QString filedText(const QString& receipt) const override;
    QString againText() const override;
    QString showStatus() override;
    bool mayApplyAgain() const override { return true; } // disputes with several employers may run at once
    QWidget* customEditor(const FormField& field) override;
    QString customDisplay(const FormField& field, const QString& value) const override;

private:
    QString limitationText() const;

    EvidenceList m_evidence;
};

} // namespace ssc
