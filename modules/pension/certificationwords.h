#pragma once

#include "certificationsubject.h"
#include "domain/terminalmode.h"
#include "moduleapi/servicemodule.h"

#include <QCoreApplication>
#include <QString>

namespace ssc {

// Who the words of a pension certification speak to. The citizen certifying themself at a kiosk is "you"
// (您); a certification for someone else — a parent certified by their child (周*明), a person a clerk serves
// at a counter or a visitor at home — names that person, masked: "周*明的养老金", never "您的", and a clerk
// is never told "您已完成认证" about someone else. Plain words without widgets, so the rule is tested alone.
class CertificationWords {
    Q_DECLARE_TR_FUNCTIONS(CertificationWords)
public:
    // `servedName`: the masked name of the person logged in (whom a counter serves).
    CertificationWords(const CertificationSubject& subject, TerminalMode mode, const QString& servedName);
    // The same for a screen's context: its mode and the person it serves.
    CertificationWords(const CertificationSubject& subject, const ModuleContext& context);

    bool addressesThePersonCertified() const { return m_name.isEmpty(); }
    QString name() const { return m_name; }

    QString certifiedUntil(const QString& until) const;
    QString due() const;
    QString dueSince(const QString& lastUntil) const;
    // The platform's verdict on an attempt in words for whoever reads the screen; empty when the platform's
    // own message (which says "you") fits, or the outcome has no words of ours.
    QString verdict(const QString& outcome) const;

private:
    QString m_name; // empty: the person certified is the one reading
};

} // namespace ssc
