#pragma once

#include "i18n/translatabletext.h"

namespace ssc::platform::messages {

// Every text the platform's API answers with, bilingual through translations/*.ts (context "PlatformApi").
// SSC_API_TEXT stays defined for the areas that keep their texts beside them (payments/paymentmessages.h).
#define SSC_API_TEXT(name, source)                                                                           \
    inline TranslatableText name()                                                                           \
    {                                                                                                        \
        return {"PlatformApi", source, {}};                                                                  \
    }

SSC_API_TEXT(notFound, QT_TRANSLATE_NOOP("PlatformApi", "There is no such address in this API."))
SSC_API_TEXT(methodNotAllowed, QT_TRANSLATE_NOOP("PlatformApi", "This address does not accept this method."))
SSC_API_TEXT(badJson, QT_TRANSLATE_NOOP("PlatformApi", "The request body must be a JSON object."))
SSC_API_TEXT(missingField, QT_TRANSLATE_NOOP("PlatformApi", "A required field is missing or empty: %1."))
SSC_API_TEXT(storageUnavailable,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "The data service did not answer in time. Please try again later."))
SSC_API_TEXT(shuttingDown,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "This instance of the service is shutting down. Please try again."))
SSC_API_TEXT(badRequest, QT_TRANSLATE_NOOP("PlatformApi", "The request is not well-formed HTTP."))
SSC_API_TEXT(requestTooLarge, QT_TRANSLATE_NOOP("PlatformApi", "The request is too large."))
SSC_API_TEXT(requestTimeout,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "The request did not arrive in time, so the connection was closed."))
SSC_API_TEXT(tooManyRequests,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "Too many requests from this terminal or account in a short time."))
SSC_API_TEXT(tooManyConnections,
             QT_TRANSLATE_NOOP("PlatformApi", "The social security system is busy right now."))
SSC_API_TEXT(workersBusy,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "The social security system is busy checking other recordings and files."))
SSC_API_TEXT(tryAgainLater, QT_TRANSLATE_NOOP("PlatformApi", "Please try again in a moment."))
SSC_API_TEXT(terminalUnauthenticated,
             QT_TRANSLATE_NOOP(
                 "PlatformApi",
                 "This terminal is not registered with the social security system or its secret is wrong."))
SSC_API_TEXT(terminalModeMismatch,
             QT_TRANSLATE_NOOP("PlatformApi", "This terminal is registered for another mode of use."))
SSC_API_TEXT(malformedCode, QT_TRANSLATE_NOOP("PlatformApi", "This is not a valid e-card code."))
SSC_API_TEXT(forgedCode,
             QT_TRANSLATE_NOOP("PlatformApi", "This code could not be confirmed as an e-card QR code."))
SSC_API_TEXT(expiredCode, QT_TRANSLATE_NOOP("PlatformApi", "This code has expired."))
SSC_API_TEXT(usedCode, QT_TRANSLATE_NOOP("PlatformApi", "This code has already been used."))
SSC_API_TEXT(refreshCode,
             QT_TRANSLATE_NOOP("PlatformApi", "Please refresh the code in your app and show it again."))
SSC_API_TEXT(
    checkClock,
    QT_TRANSLATE_NOOP("PlatformApi",
                      "The code's time is ahead of the social security system's: check the phone's clock."))
SSC_API_TEXT(noSuchPerson,
             QT_TRANSLATE_NOOP("PlatformApi", "No insured person was found for this code or card."))
SSC_API_TEXT(askCounter, QT_TRANSLATE_NOOP("PlatformApi", "Please ask at a service counter."))
SSC_API_TEXT(unknownCard,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "This social security card is not in the social security system."))
SSC_API_TEXT(cardDataMismatch,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "What was read from the card does not match the social security records."))
SSC_API_TEXT(cardProofMissing,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "The card was not proven: a card is accepted only with its PIN entered on the "
                               "card in the reader."))
SSC_API_TEXT(insertCardAgain,
             QT_TRANSLATE_NOOP("PlatformApi", "Please take the card out, insert it again and enter its PIN."))
SSC_API_TEXT(cardChallengeUnknown,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "The card's answer is for a check this terminal never asked for."))
SSC_API_TEXT(cardChallengeExpired,
             QT_TRANSLATE_NOOP("PlatformApi", "The card check took too long and has expired."))
SSC_API_TEXT(cardChallengeUsed,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "This card check was already used once and cannot be used again."))
SSC_API_TEXT(cardProofInvalid,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "The card's answer is not right: it is not this card's answer to "
                               "this check."))
SSC_API_TEXT(staffRoleNotForTerminal,
             QT_TRANSLATE_NOOP("PlatformApi", "This account's role does not work on this kind of terminal: "
                                              "clerks and reviewers at a counter, visiting staff on a field "
                                              "laptop."))
SSC_API_TEXT(staffRoleForbidden, QT_TRANSLATE_NOOP("PlatformApi", "This task is not part of your role."))
SSC_API_TEXT(findPersonFirst,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "Please find the person by name and social security number first."))
SSC_API_TEXT(reviewOwnFiling,
             QT_TRANSLATE_NOOP("PlatformApi", "You filed this certification yourself: another reviewer must "
                                              "decide it."))
SSC_API_TEXT(sessionMissing,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "No one is logged in on this terminal, or the session has ended."))
SSC_API_TEXT(loginAgain, QT_TRANSLATE_NOOP("PlatformApi", "Please show your code or insert your card again."))
SSC_API_TEXT(loginCodeUnknown, QT_TRANSLATE_NOOP("PlatformApi", "This login code is unknown."))
SSC_API_TEXT(loginCodeExpired,
             QT_TRANSLATE_NOOP("PlatformApi", "This login code has expired: a new one is shown."))
SSC_API_TEXT(loginCodeConsumed, QT_TRANSLATE_NOOP("PlatformApi", "This login code has already been used."))
SSC_API_TEXT(staffOnly,
             QT_TRANSLATE_NOOP("PlatformApi", "Staff accounts are used at counters and on home visits only."))
SSC_API_TEXT(wrongPassword, QT_TRANSLATE_NOOP("PlatformApi", "Wrong user name or password."))
SSC_API_TEXT(accountLocked,
             QT_TRANSLATE_NOOP("PlatformApi", "Too many wrong passwords: this account is locked until %1."))
SSC_API_TEXT(terminalSignInPaused,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "Too many wrong sign-ins at this terminal: sign-in here is paused until "
                               "%1. Other terminals are not affected."))
SSC_API_TEXT(usernameSpaces,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "The user name begins or ends with a space. Type it without spaces."))
SSC_API_TEXT(usernameInvalid,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "The user name is too long or contains characters that cannot be "
                               "typed. Check it and type it again."))
SSC_API_TEXT(signInCounterUnknown,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "There is no sign-in counter for this account or terminal (it may "
                               "have been cleared already)."))
SSC_API_TEXT(signInCounterKind,
             QT_TRANSLATE_NOOP("PlatformApi", "Choose the kind of counter to clear: account or terminal."))
SSC_API_TEXT(staffSessionMissing, QT_TRANSLATE_NOOP("PlatformApi", "Please log in with your staff account."))
SSC_API_TEXT(idempotencyKeyMissing,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "Every submission needs an Idempotency-Key header (8 to 100 characters)."))
SSC_API_TEXT(idempotencyConflict,
             QT_TRANSLATE_NOOP("PlatformApi", "This submission key was already used for different content."))
SSC_API_TEXT(badOutletKind,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "Unknown kind of outlet: use cross-province, instant-replacement, "
                               "online-channel or ecard-channel."))
SSC_API_TEXT(demoOnly, QT_TRANSLATE_NOOP("PlatformApi", "This person is not in the demo data."))
SSC_API_TEXT(unknownProvince,
             QT_TRANSLATE_NOOP("PlatformApi", "Please choose a province from the list of open provinces."))
SSC_API_TEXT(badRecordYear,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "This province offers records for %1 to %2 through national query."))
SSC_API_TEXT(earlierYearsLocally,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "For other years, please ask the local social insurance office."))
SSC_API_TEXT(regionNotOpen,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "This province has not yet opened its rights records for national query."))
SSC_API_TEXT(askLocalOffice,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "Please ask the social insurance office where you are insured, or use its own "
                               "website or app."))
SSC_API_TEXT(noRecordInProvince,
             QT_TRANSLATE_NOOP("PlatformApi", "You have no social insurance record in this province for %1."))
SSC_API_TEXT(checkProvince,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "Please check that you chose the province where you were insured that year."))
SSC_API_TEXT(dataTimeout, QT_TRANSLATE_NOOP("PlatformApi", "The province's data did not come back in time."))
SSC_API_TEXT(unknownVerificationCode,
             QT_TRANSLATE_NOOP("PlatformApi", "No rights record was issued with this verification code."))
SSC_API_TEXT(checkVerificationCode,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "Check the code against the paper. A record whose code is not found is not "
                               "genuine: ask the social insurance office."))
SSC_API_TEXT(badCertificateNumber,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "An employment and entrepreneurship certificate number has 16 digits."))
SSC_API_TEXT(noCertificateForYou,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "No employment and entrepreneurship certificate with this number is yours."))
SSC_API_TEXT(
    checkCertificateNumber,
    QT_TRANSLATE_NOOP("PlatformApi",
                      "Please check the number on your certificate, or ask at a counter: the clerk can "
                      "look it up by your card."))
SSC_API_TEXT(noCertificateOnRecord,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "No employment and entrepreneurship certificate is on record for you."))
SSC_API_TEXT(unknownExam, QT_TRANSLATE_NOOP("PlatformApi", "Please choose an examination from the list."))
SSC_API_TEXT(examYearOutOfRange,
             QT_TRANSLATE_NOOP("PlatformApi", "Scores can be looked up for examinations from %1 to %2."))
SSC_API_TEXT(invalidField, QT_TRANSLATE_NOOP("PlatformApi", "A field of the form is not valid."))
SSC_API_TEXT(unknownApplicationKind,
             QT_TRANSLATE_NOOP("PlatformApi", "This kind of application is not known."))
SSC_API_TEXT(commitmentMissing,
             QT_TRANSLATE_NOOP("PlatformApi", "The applicant's commitment must be confirmed before filing."))
SSC_API_TEXT(noApplicationToReview,
             QT_TRANSLATE_NOOP("PlatformApi", "No application waiting for review has this receipt."))
SSC_API_TEXT(benefitAlreadyClaimed,
             QT_TRANSLATE_NOOP("PlatformApi", "You have already claimed this benefit: see its status."))
SSC_API_TEXT(registerFirst, QT_TRANSLATE_NOOP("PlatformApi", "Please register as unemployed first."))
SSC_API_TEXT(serviceAlreadyRequested,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "You have asked for this service already: the employment service will contact "
                               "you."))
SSC_API_TEXT(unknownEvidence,
             QT_TRANSLATE_NOOP("PlatformApi", "An attached file was not found. Please attach it again."))
SSC_API_TEXT(decisionNotApplicable,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "This decision does not apply to the application as it stands."))
SSC_API_TEXT(evidenceEncoding,
             QT_TRANSLATE_NOOP("PlatformApi", "The file did not arrive whole. Please attach it again."))
SSC_API_TEXT(confirmationRequired,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "The citizen must confirm this form with their own e-card code or card "
                               "before it is filed."))
SSC_API_TEXT(confirmationOtherPerson,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "This code or card belongs to someone else, not to the person being "
                               "served."))
SSC_API_TEXT(notAPensionRecipient,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "You do not draw a pension, so there is nothing to certify. To start "
                               "drawing one when you reach the retirement age, ask your social "
                               "insurance office."))
SSC_API_TEXT(
    notAPensionRecipientForOthers,
    QT_TRANSLATE_NOOP("PlatformApi",
                      "This person does not draw a pension, so there is nothing to certify. To start "
                      "drawing one at the retirement age, they ask their social insurance office."))
SSC_API_TEXT(familySelf, QT_TRANSLATE_NOOP("PlatformApi",
                                           "This is your own code or card: a family member shows their own."))
SSC_API_TEXT(notInFamily, QT_TRANSLATE_NOOP("PlatformApi", "This person is not among your family members."))

SSC_API_TEXT(certificationRecorded,
             QT_TRANSLATE_NOOP("PlatformApi", "Certified: your pension continues to be paid for this cycle."))
SSC_API_TEXT(certificationUnderReview,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "Received: a member of staff will check your recording, usually "
                               "within 3 working days. You need not do anything else."))
SSC_API_TEXT(photoMismatch,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "Your photo on file does not match you. Please ask the social "
                               "security card office to update your photo, then certify again."))
SSC_API_TEXT(noPhotoOnFile,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "There is no usable photo of you on file. Please have one taken at "
                               "the social security card office, then certify again."))
SSC_API_TEXT(alreadyCertified,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "You are already certified for this cycle: nothing more to do."))
SSC_API_TEXT(certificationRejected,
             QT_TRANSLATE_NOOP("PlatformApi", "The recording could not be accepted. Please certify again."))
SSC_API_TEXT(livenessNotPassed,
             QT_TRANSLATE_NOOP("PlatformApi", "This attempt did not pass the checks on the terminal."))
SSC_API_TEXT(frameUnreadable, QT_TRANSLATE_NOOP("PlatformApi", "The picture sent is not a readable image."))
SSC_API_TEXT(noFaceInFrame, QT_TRANSLATE_NOOP("PlatformApi", "No face can be seen in the picture sent."))
SSC_API_TEXT(unknownCertificationMethod,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "The certification method must be \"actions\" or \"read-aloud\"."))
SSC_API_TEXT(noCertificationReview,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "There is no certification waiting for review under this receipt."))

SSC_API_TEXT(recordingUnreadable,
             QT_TRANSLATE_NOOP("PlatformApi", "The recording is missing or cannot be played. "
                                              "Please certify again."))
SSC_API_TEXT(recordingTimes,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "The recording's frame times are missing or do not fit its frames. "
                               "Please certify again."))

// Separate consent for the face (faceconsents.h).
SSC_API_TEXT(faceConsentRequired,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "The person being certified has not agreed to have their face recorded. "
                               "Please show them the notice and let them agree first."))
SSC_API_TEXT(faceConsentNoticeOutdated,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "The notice about face recording has changed. Please read the new notice and "
                               "agree again."))
SSC_API_TEXT(faceConsentByThePerson,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "Only the person being certified can agree: with their own e-card code, or "
                               "their own card and its PIN."))

// Certification by face decided by the platform: the challenge, then what the recording showed.
SSC_API_TEXT(challengeRequired,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "A certification must follow the actions or digits it asked for. Please "
                               "start the certification again."))
SSC_API_TEXT(challengeUnknown,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "This certification's challenge is not known for this person at this "
                               "terminal. Please start the certification again."))
SSC_API_TEXT(challengeExpired,
             QT_TRANSLATE_NOOP("PlatformApi", "This certification's challenge has expired. Please start the "
                                              "certification again."))
SSC_API_TEXT(challengeUsed,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "This certification's challenge has already been used. Please start the "
                               "certification again."))
SSC_API_TEXT(recordingOutsideWindow,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "The recording is longer than the time the challenge allowed. Please "
                               "certify again."))
SSC_API_TEXT(visitChallengesFieldOnly,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "Challenges for home visits are issued to field terminals only."))
SSC_API_TEXT(invalidVisitDay,
             QT_TRANSLATE_NOOP("PlatformApi", "The visit day must be today or within the next 7 days."))
SSC_API_TEXT(invalidVisitList,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "The visit list must name between 1 and 50 different people by their id."))
SSC_API_TEXT(wrongOrder,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "The actions were not done in the order asked. Please try again and do each "
                               "action when the screen asks for it."))
SSC_API_TEXT(noBlink,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "No blink was seen in the recording. Please try again and blink when asked."))
SSC_API_TEXT(actionNotSeen,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "An action asked for was not seen in the recording. Please try again and do "
                               "each action when the screen asks for it."))
SSC_API_TEXT(faceLeft,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "The face left the picture during the recording. Please keep your face in "
                               "the oval from the start to the end."))
SSC_API_TEXT(noFaceInRecording,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "No face can be seen in the recording. Please face the camera and try "
                               "again."))
SSC_API_TEXT(secondPerson,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "Another person appeared in the recording. Only the person being certified "
                               "may be in the picture."))
SSC_API_TEXT(faceChanged,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "The recording is not one continuous recording of one face. Please certify "
                               "again in one go."))
SSC_API_TEXT(stillImage,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "The recording shows a still picture, not a person. The person must be "
                               "there in person."))
SSC_API_TEXT(loopedVideo,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "The recording repeats itself like a video played in a loop. The person must "
                               "be there in person."))
SSC_API_TEXT(photoReused,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "The recording shows the photo on file, not the person. The person must be "
                               "there in person."))
SSC_API_TEXT(digitsNotRead,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "We did not see the digits being read. Please try again and read them aloud "
                               "facing the screen."))
SSC_API_TEXT(readingTooShort,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "The reading was too short to read four digits. Please try again and read "
                               "all four."))

SSC_API_TEXT(invalidSocialSecurityNumber,
             QT_TRANSLATE_NOOP("PlatformApi", "This is not a valid social security number."))
SSC_API_TEXT(personNotFoundByNameAndNumber,
             QT_TRANSLATE_NOOP("PlatformApi", "No insured person has this name and social security number. "
                                              "Please check both."))

SSC_API_TEXT(transferInNotCurrent,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "A transfer is asked for where you pay in now: please choose that "
                               "province as the new place."))
SSC_API_TEXT(transferOutUnknown,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "You have no pension relation left to transfer in that province. "
                               "Please choose where you paid in before."))

SSC_API_TEXT(transferAlreadyApplied,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "Your transfer application is already under way: you can follow "
                               "its progress here, with no need to apply again."))

// The face login (faceloginapi.cpp) and what a face-only session may do (facesessionscope.h).
SSC_API_TEXT(faceSessionNotEnough,
             QT_TRANSLATE_NOOP(
                 "PlatformApi",
                 "You signed in with your face only, which is not enough for this service. "
                 "Please sign in with your card and its PIN or your e-card, or go to a service counter."))
SSC_API_TEXT(faceLoginKioskOnly,
             QT_TRANSLATE_NOOP("PlatformApi", "Signing in by face is offered at self-service kiosks only."))
SSC_API_TEXT(faceLoginNoticeRequired,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "Please read the notice about your face and agree to it before your face "
                               "is recorded."))
SSC_API_TEXT(faceLoginLimit,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "Signing in by face has failed too often for this person or at this kiosk. "
                               "Please sign in with your card or e-card, or go to "
                               "a service counter with your ID card."))
SSC_API_TEXT(faceLoginNoPhoto,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "There is no usable photo of you on file, so you cannot sign in by face. "
                               "Please go to a service counter with your ID card."))
SSC_API_TEXT(faceNotRecognised,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "Your face could not be matched with the photo on file, so you are not "
                               "signed in."))
SSC_API_TEXT(faceLoginTryAgain,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "Please try again, or go to a service counter with your ID card."))

// Text messages (notificationsapi.cpp).
SSC_API_TEXT(noSuchText, QT_TRANSLATE_NOOP("PlatformApi", "There is no such text message."))
SSC_API_TEXT(textNotFailed,
             QT_TRANSLATE_NOOP("PlatformApi",
                               "Only a text message that failed or was not delivered can be sent again."))

} // namespace ssc::platform::messages
