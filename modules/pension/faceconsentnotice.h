#pragma once

#include "certificationsubject.h"
#include "domain/terminalmode.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ssc {

// The notice a person reads before their face is recorded for pension certification, and what their
// agreement takes (docs/face.md, "Consent"): what is recorded, why, how long it is kept, who sees it, and who
// is asking. Addressed to the person being certified, named when they are not the one served (a parent on
// their child's session, someone a clerk or visiting staff member certifies). Plain words without widgets.
class FaceConsentNotice {
    Q_DECLARE_TR_FUNCTIONS(FaceConsentNotice)
public:
    FaceConsentNotice(const CertificationSubject& subject, TerminalMode mode);

    // The version recorded with the consent (core/pension/faceconsent.h).
    static QString version();

    struct Point {
        QString heading;
        QString text;
    };
    QString title() const;
    QString askedBy() const; // who asks for the recording; empty when the person asks themself at a kiosk
    QList<Point> points() const;
    QString choice() const; // agreeing is their choice, and they may withdraw
    // Only at a kiosk, on their own session, is the tap alone the person's agreement; elsewhere they show
    // their own e-card code or card after it (a clerk, staff or a family member cannot agree for them).
    bool needsTheirOwnCode() const;
    QString ownCodePrompt() const;
    // Every word of the notice in reading order, as it is said aloud.
    QString fullText() const;

private:
    CertificationSubject m_subject;
    TerminalMode m_mode;
};

} // namespace ssc
