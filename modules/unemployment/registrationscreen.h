#pragma once

#include "forms/formstate.h"
#include "moduleapi/formview.h"
#include "moduleapi/resultscreen.h"

#include <QJsonObject>
#include <QWidget>

namespace ssc {

// 办理失业登记: who may register is checked before anything is typed (age under the 2025 rules; the platform
// adds pension and earlier registrations); a registration already filed shows its review status instead; then
// the three steps, the review with the commitment, and a submission that is filed once however often it is
// retried (the form's idempotency key).
class RegistrationScreen : public QWidget {
    Q_OBJECT
public:
    explicit RegistrationScreen(const ModuleContext& context, QWidget* parent = nullptr);

    enum class Page { Loading, Refused, Status, Form, Submitting, Filed };
    Page page() const { return m_page; }
    FormState& form() { return m_form; }
    FormView* formView() const { return m_view; }
    void submit();
    void startAgain(); // a returned registration: a new one
    QString statusText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void loadApplications();
    void showPage(Page page);
    void retranslate();

    ModuleContext m_context;
    ResultScreenFrame m_frame;
    FormState m_form;
    FormView* m_view;
    QPushButton* m_again;
    Page m_page = Page::Loading;
    QJsonObject m_application; // the latest registration, when there is one
    QString m_message;
};

} // namespace ssc
