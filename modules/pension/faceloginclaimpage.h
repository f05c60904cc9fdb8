#pragma once

#include "forms/formstate.h"
#include "moduleapi/servicemodule.h"

#include <QJsonObject>
#include <QWidget>

#include <memory>

class QLabel;

namespace ssc {

class FormView;

// "没带卡和手机？刷脸登录": the ID number and the name of someone with neither card nor phone, typed on the
// kiosk's keyboard, before their face is compared with the photo on file (core/session/faceloginclaim.h).
class FaceLoginClaimPage : public QWidget {
    Q_OBJECT
public:
    explicit FaceLoginClaimPage(const ModuleContext& context, QWidget* parent = nullptr);
    ~FaceLoginClaimPage() override;

    FormView* form() const { return m_view; }

signals:
    void claimed(const QJsonObject& claim); // {"ssn", "name"}, checked here for their shape only
    void closed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::unique_ptr<FormState> m_form;
    QLabel* m_title;
    QLabel* m_intro;
    FormView* m_view;
};

} // namespace ssc
