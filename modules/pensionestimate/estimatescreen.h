#pragma once

#include "forms/formstate.h"
#include "moduleapi/resultscreen.h"
#include "pension/estimateform.h"
#include "platform/platformresult.h"

#include <QWidget>

#include <memory>
#include <optional>

class QPushButton;

namespace ssc {

class FormView;

// 养老金测算: what the platform knows is filled in (years paid and the account from the rights records,
// merged over provinces; this year's base; the local average wage), the person checks or changes it in three
// short steps, and the estimate is shown with how each part is made, the years against the minimum, and what
// is paid now. Nothing is filed; the figures go when the screen does.
class EstimateScreen : public QWidget {
    Q_OBJECT
public:
    explicit EstimateScreen(const ModuleContext& context, QWidget* parent = nullptr);

    enum class Page { Loading, Refused, Form, Estimate };
    Page page() const { return m_page; }
    FormState* form() const { return m_form.get(); }
    FormView* formView() const { return m_view; }
    QString statusText() const;
    void showEstimate();  // the review's button
    void changeFigures(); // back to the form, every answer kept

protected:
    void changeEvent(QEvent* event) override;

private:
    // At a counter or on a home visit the staff member reads the screen: it speaks of the applicant.
    bool clerkReads() const { return m_context.mode != TerminalMode::Kiosk; }
    void basisArrived(const PlatformResult& result);
    void retranslate();
    void showPage(Page page);
    void addEstimateCards();

    ModuleContext m_context;
    ResultScreenFrame m_frame;
    EstimatePerson m_person;
    std::optional<PlatformResult> m_basis;
    std::unique_ptr<FormState> m_form;
    FormView* m_view = nullptr;
    QPushButton* m_change;
    Page m_page = Page::Loading;
    std::optional<EstimateOutcome> m_outcome;
    QString m_provinceCode;
};

} // namespace ssc
