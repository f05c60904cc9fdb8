#pragma once

#include "moduleapi/citizenconfirmation.h"
#include "moduleapi/resultscreen.h"
#include "platform/platformresult.h"

#include <QJsonArray>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ssc {

// 亲情服务: the family members an adult child has bound, each with whether they are certified, and a button
// to certify them now (the parent in front of the camera). Binding a parent needs the parent's consent: their
// own e-card code on the pedestal, or their card and PIN, while this screen waits for it.
class FamilyScreen : public QWidget, public CitizenConfirmation {
    Q_OBJECT
public:
    explicit FamilyScreen(const ModuleContext& context, QWidget* parent = nullptr);

    QString statusText() const;
    int memberCount() const { return int(m_family.size()); }
    bool loaded() const { return m_loaded; }
    void startBinding();

    bool awaitingConfirmation() const override { return m_binding; }
    void confirmWithCode(const QString& code) override;
    void confirmWithCard(const QJsonObject& cardProof) override;
    void confirmationFailed() override;

signals:
    void certifyMember(qint64 binding, const QString& maskedName);

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void bind(const QJsonObject& consent);
    void retranslate();

    ModuleContext m_context;
    ResultScreenFrame m_frame;
    QPushButton* m_bind;
    QPushButton* m_cancel;
    QLabel* m_consentIcon;
    QLabel* m_consentPrompt;
    QVBoxLayout* m_members;
    QJsonArray m_family;
    QList<QJsonObject> m_statuses;
    bool m_loaded = false;
    bool m_binding = false;
    std::optional<PlatformResult> m_refusal; // kept whole: said again in the language of the moment
    bool m_pinFailed = false;
};

} // namespace ssc
