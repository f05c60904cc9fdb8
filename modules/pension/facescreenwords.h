#pragma once

#include "certificationflow.h"
#include "certificationsubject.h"

#include <QString>

namespace ssc {

// The face screen's words that do not depend on the moment's numbers: the guidance, each action asked, and
// what the screen is for — a pension certification, or signing in instead of a forgotten PIN, which must not
// say "certification" to someone who only wants to print their record. Plain functions without widgets,
// translated in the face screen's context.
namespace facewords {

QString guidance(face::Guidance guidance);
QString action(face::LivenessAction action);
// The action as a title names it: "刷脸认证：点头", not the same word for every action.
QString actionName(face::LivenessAction action);

// What the screen is for, in its own words.
class Purpose {
public:
    explicit Purpose(const CertificationSubject& subject) : m_login(subject.isLogin()) {}

    bool login() const { return m_login; }
    QString title() const;
    QString titleDoing(face::LivenessAction action) const;
    QString notPossibleHere() const;
    QString whereElse() const; // where to go instead when the face cannot be used here
    QString preparing() const;
    QString cannotStart() const;
    QString sending() const;
    QString notSent() const; // the platform's answer did not come, or refused before deciding

private:
    bool m_login;
};

} // namespace facewords
} // namespace ssc
