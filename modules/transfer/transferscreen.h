#pragma once

#include "moduleapi/applicationscreen.h"

namespace ssc {

// 社保关系转移 (the brief's three steps): the platform says first whether a transfer can be asked for here
// (pensioners, one place only, relations already moved, a temporary account are told why), and where the
// pension will be drawn; the form comes filled with the old place, the new place and the employer; filed
// once; then its progress ("社保转移申请审核结果", "社保转移进度"): agreed by the new place, moved by the
// old, completed.
class TransferScreen : public ApplicationScreen {
    Q_OBJECT
public:
    explicit TransferScreen(const ModuleContext& context, QWidget* parent = nullptr);

protected:
    void beforeForm() override;
    QString titleText() const override;
    QString introText() const override;
    QString submittingText() const override;
    QString filedText(const QString& receipt) const override;
    QString againText() const override;
    QString showStatus() override;
    // Nothing to move (one place only, every relation moved, a pension drawn) is news, not a failure.
    design::Tone refusalTone() const override;
    QString refusalHeadline() const override;

private:
    bool nothingToTransfer() const;
    QString applicantReason() const;
    void showProgress(const QString& status);

    QJsonObject m_check; // GET /me/pension/transfer-check
};

} // namespace ssc
