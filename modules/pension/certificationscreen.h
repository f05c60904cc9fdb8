#pragma once

#include "certificationflow.h"
#include "certificationsubject.h"
#include "certificationwords.h"
#include "moduleapi/resultscreen.h"
#include "platform/platformresult.h"

#include <QJsonObject>

class QPushButton;
#include <QWidget>

#include <optional>

namespace ssc {

class NoticeBanner;

// 养老保险待遇资格认证, first part (issue 7, "who and when"): whether the person draws a pension and, if so,
// whether they are certified for this cycle ("certified until …") or due; someone who draws none is told what
// to do instead. When due, the person certifies by face here (FaceCertificationScreen).
class CertificationScreen : public QWidget {
    Q_OBJECT
public:
    CertificationScreen(const ModuleContext& context, CertificationSubject subject,
                        QWidget* parent = nullptr);
    QString statusText() const;
    // Shown when the person is due and this terminal has no camera: what is needed, where to go instead,
    // and the button to go.
    NoticeBanner* noCameraNotice() const { return m_noCamera; }
    // Shown when the person draws no pension: nothing to certify, the platform's word on what to do instead,
    // and (at a kiosk or a counter) the pension estimate as the way on.
    NoticeBanner* notDrawingNotice() const { return m_notDrawing; }
    bool loaded() const { return m_answer.has_value(); }

signals:
    // The person chose to certify now, by actions or by reading aloud.
    void certifyByFace(ssc::face::CertificationMethod method);
    // 亲情服务: the person served wants to help a family member.
    void openFamily();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QString noCameraAdvice() const; // where certification by face can happen when this terminal has no camera

    ResultScreenFrame m_frame;
    QPushButton* m_byActions;
    QPushButton* m_byReading;
    QPushButton* m_family;
    NoticeBanner* m_noCamera;
    QPushButton* m_noCameraAction = nullptr; // a kiosk: the service outlets; a home visit: back to the search
    NoticeBanner* m_notDrawing;
    QPushButton* m_estimate = nullptr; // the pension estimate, where this terminal offers it
    CertificationSubject m_subject;
    CertificationWords m_words;
    bool m_hasCamera;
    bool m_counter; // a clerk certifies the citizen before them: no counter to send anyone to
    std::optional<PlatformResult> m_answer;
};

} // namespace ssc
