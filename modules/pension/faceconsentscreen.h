#pragma once

#include "certificationsubject.h"
#include "faceconsentnotice.h"
#include "moduleapi/citizenconfirmation.h"
#include "moduleapi/servicemodule.h"
#include "platform/platformresult.h"

#include <QJsonObject>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ssc {

class NoticeBanner;
class ScrollPage;

// The notice before any face is recorded for pension certification, and the person's separate agreement
// (docs/face.md, "Consent"). The face screen, and with it the camera, comes only after the platform recorded
// the agreement: at a kiosk the person's own tap on their own session; elsewhere the tap, then their own
// e-card code or card (a clerk, staff or a family member cannot agree for them). The person may withdraw an
// agreement given before. Read aloud when it opens in the elder interface.
class FaceConsentScreen : public QWidget, public CitizenConfirmation {
    Q_OBJECT
public:
    FaceConsentScreen(const ModuleContext& context, CertificationSubject subject, QWidget* parent = nullptr);

    bool awaitingConfirmation() const override { return m_waitingForCode; }
    void confirmWithCode(const QString& code) override;
    void confirmWithCard(const QJsonObject& cardProof) override;
    void confirmationFailed() override;

    // The person's tap on "I agree" (the test's hand, the citizen's finger).
    void agree();
    void withdraw();
    bool consentOnFile() const { return m_onFile; }
    bool loaded() const { return m_loaded; }
    // Whether the whole notice has been on screen (the "I agree" button waits for it).
    bool readToEnd() const { return m_readToEnd; }
    QString statusText() const;
    QString noticeText() const { return m_notice.fullText(); }

signals:
    void agreed(); // recorded on the platform: the face screen may open
    void closed();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void load();
    void noteHowFarRead();
    bool agreedBeforeTheVisit() const;
    void send(QJsonObject body);
    void retranslate();
    QString path() const;

    ModuleContext m_context;
    CertificationSubject m_subject;
    FaceConsentNotice m_notice;
    QLabel* m_title;
    QLabel* m_askedBy;
    QList<std::pair<QLabel*, QLabel*>> m_points;
    QLabel* m_choice;
    NoticeBanner* m_banner;
    QPushButton* m_back;
    QPushButton* m_withdraw;
    QPushButton* m_agree;
    QLabel* m_readFirst;
    ScrollPage* m_page = nullptr;
    bool m_loaded = false;
    bool m_readToEnd = false;
    bool m_onFile = false;
    bool m_onFileOffline = false; // a home visit offline, the person having agreed before (visit challenge)
    bool m_waitingForCode = false;
    bool m_withdrawn = false;
    bool m_pinFailed = false;
    bool m_sending = false;
    std::optional<PlatformResult> m_refusal;
    std::optional<QJsonObject> m_queued; // a code or card that came while another was being sent
};

} // namespace ssc
