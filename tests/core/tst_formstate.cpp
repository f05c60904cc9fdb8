// The form framework with the unemployment registration form: field kinds and rules, conditional fields,
// steps that cannot be left with problems, prefill, the review and commitment, one idempotency key per
// application through drafts, drafts only at counters, wiping.
#include "forms/formstate.h"
#include "i18n/translator.h"
#include "unemployment/registrationform.h"

#include <QJsonArray>
#include <QTest>

using namespace ssc;

class TestFormState : public QObject {
    Q_OBJECT
    const QDate today{2026, 11, 29};

    void fillStep1(FormState& form)
    {
        form.set(QStringLiteral("phone"), QStringLiteral("13812345678"));
        form.set(QStringLiteral("education"), QStringLiteral("senior"));
        form.set(QStringLiteral("health"), QStringLiteral("good"));
        form.set(QStringLiteral("household"), QStringLiteral("local-urban"));
        form.set(QStringLiteral("residence"), QStringLiteral("北京市朝阳区建国路88号"));
    }

    void fillAll(FormState& form)
    {
        fillStep1(form);
        QVERIFY(form.next());
        form.set(QStringLiteral("unemployedOn"), QStringLiteral("2026-10-31"));
        form.set(QStringLiteral("unemploymentProvince"), QStringLiteral("11"));
        form.set(QStringLiteral("unemploymentPlace"), QStringLiteral("110105")); // 朝阳区, picked
        form.set(QStringLiteral("reason"), QStringLiteral("21"));
        form.set(QStringLiteral("claimingInsurance"), QStringLiteral("yes"));
        QVERIFY(form.next());
        form.set(QStringLiteral("skillLevel"), QStringLiteral("4"));
        form.set(QStringLiteral("jobIntention"), QStringLiteral("employer"));
        QVERIFY(form.next());
    }

private slots:
    void initTestCase() { QVERIFY(useLanguage(chineseLanguage)); }

    void fieldKinds_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("fine");
        QTest::newRow("phone") << "phone"
                               << "13812345678" << true;
        QTest::newRow("phone, 10 digits") << "phone"
                                          << "1381234567" << false;
        QTest::newRow("phone, landline") << "phone"
                                         << "01065432100" << false;
        QTest::newRow("phone, letters") << "phone"
                                        << "1381234567a" << false;
        QTest::newRow("phone, empty") << "phone"
                                      << "" << false;
        QTest::newRow("choice") << "education"
                                << "bachelor" << true;
        QTest::newRow("choice, unknown") << "education"
                                         << "phd-from-hogwarts" << false;
        QTest::newRow("date") << "unemployedOn"
                              << "2026-11-01" << true;
        QTest::newRow("date, future") << "unemployedOn"
                                      << "2026-12-01" << false;
        QTest::newRow("date, too long ago") << "unemployedOn"
                                            << "2025-01-01" << false;
        QTest::newRow("date, not a date") << "unemployedOn"
                                          << "2026-02-30" << false;
        QTest::newRow("date, free text") << "unemployedOn"
                                         << "last week" << false;
        QTest::newRow("yes/no") << "claimingInsurance"
                                << "no" << true;
        QTest::newRow("yes/no, other") << "claimingInsurance"
                                       << "maybe" << false;
        QTest::newRow("text") << "residence"
                              << "上海市浦东新区" << true;
        QTest::newRow("text, control characters") << "residence" << QStringLiteral("a\u0007b") << false;
        QTest::newRow("text, too long") << "desiredOccupation" << QString(51, u'工') << false;
        QTest::newRow("place, typed") << "unemploymentPlace" << QStringLiteral("北京市朝阳区") << false;
        QTest::newRow("optional, empty") << "desiredOccupation"
                                         << "" << true;
        QTest::newRow("reason code") << "reason"
                                     << "22" << true;
        QTest::newRow("reason code, unknown") << "reason"
                                              << "23" << false;
    }

    void fieldKinds()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, fine);
        FormState form(unemploymentRegistrationForm(today));
        const TranslatableText problem = form.set(key, value);
        QCOMPARE(problem.isEmpty(), fine);
        if (!fine)
            QVERIFY(!problem.translated().isEmpty());
        QCOMPARE(form.value(key), value.trimmed()); // kept even when wrong: nothing typed is lost
    }

    void aStepWithProblemsCannotBeLeftForward()
    {
        FormState form(unemploymentRegistrationForm(today));
        QVERIFY(!form.next());
        QCOMPARE(form.step(), 0);
        QCOMPARE(form.problems(0).size(), 5); // phone, education, health, household, residence
        fillStep1(form);
        QVERIFY(form.problems(0).isEmpty());
        QVERIFY(form.next());
        QCOMPARE(form.step(), 1);
        form.back();
        QCOMPARE(form.step(), 0);
    }

    void theDisabilityGradeIsAskedOnlyOfTheDisabled()
    {
        FormState form(unemploymentRegistrationForm(today));
        fillStep1(form);
        QVERIFY(!form.problems(0).contains(QStringLiteral("disabilityGrade")));
        form.set(QStringLiteral("health"), QStringLiteral("disabled"));
        QVERIFY(form.problems(0).contains(QStringLiteral("disabilityGrade")));
        QVERIFY(form.set(QStringLiteral("disabilityGrade"), QStringLiteral("11")).translated().size() > 0);
        QVERIFY(form.set(QStringLiteral("disabilityGrade"), QStringLiteral("7")).isEmpty());
        QVERIFY(form.next());
    }

    void prefillFromWhatThePlatformHolds()
    {
        FormState form(unemploymentRegistrationForm(today));
        form.prefill({{QStringLiteral("phone"), QStringLiteral("13900001111")}});
        QCOMPARE(form.value(QStringLiteral("phone")), QStringLiteral("13900001111"));
        form.set(QStringLiteral("phone"), QStringLiteral("13812345678"));
        form.prefill({{QStringLiteral("phone"), QStringLiteral("13900001111")}}); // never over what was typed
        QCOMPARE(form.value(QStringLiteral("phone")), QStringLiteral("13812345678"));
    }

    void theMaskedPhoneOnFileIsAcceptedOnlyUnchanged()
    {
        FormState form(unemploymentRegistrationForm(today));
        const QString onFile = QStringLiteral("139****1111");
        form.prefillOnFile({{QStringLiteral("phone"), onFile}});
        QCOMPARE(form.value(QStringLiteral("phone")), onFile);
        QVERIFY(form.isOnFile(QStringLiteral("phone")));
        QVERIFY(!form.problems(0).contains(QStringLiteral("phone"))); // the platform's own value: fine
        // Another masked value is not a phone number; a typed number is checked as any other.
        QVERIFY(!form.set(QStringLiteral("phone"), QStringLiteral("138****1111")).isEmpty());
        QVERIFY(!form.isOnFile(QStringLiteral("phone")));
        QVERIFY(form.set(QStringLiteral("phone"), QStringLiteral("13812345678")).isEmpty());
        QVERIFY(form.set(QStringLiteral("phone"), onFile).isEmpty()); // back to the one on file
        form.wipe();
        QVERIFY(!form.set(QStringLiteral("phone"), onFile).isEmpty()); // forgotten with everything else
    }

    void theCommitmentComesBeforeSubmission()
    {
        FormState form(unemploymentRegistrationForm(today));
        fillAll(form);
        QVERIFY(form.atReview());
        QVERIFY(!form.readyToSubmit());
        QVERIFY(form.submission().isEmpty());
        form.acceptCommitment(true);
        QVERIFY(form.readyToSubmit());
        const QJsonObject submission = form.submission();
        QCOMPARE(submission[QStringLiteral("kind")].toString(), QStringLiteral("unemployment-registration"));
        QCOMPARE(submission[QStringLiteral("values")].toObject()[QStringLiteral("reason")].toString(),
                 QStringLiteral("21"));
        QVERIFY(!submission[QStringLiteral("values")].toObject().contains(QStringLiteral("disabilityGrade")));
        QVERIFY(
            !submission[QStringLiteral("values")].toObject().contains(QStringLiteral("desiredOccupation")));
        // Changing anything takes the confirmation back.
        form.set(QStringLiteral("skillLevel"), QStringLiteral("3"));
        QVERIFY(!form.readyToSubmit());
    }

    void aDraftKeepsTheSameApplicationKey()
    {
        FormState form(unemploymentRegistrationForm(today));
        fillStep1(form);
        QVERIFY(form.next());
        const QJsonObject draft = form.draft();
        FormState restored(unemploymentRegistrationForm(today));
        QVERIFY(restored.restore(draft));
        QCOMPARE(restored.idempotencyKey(), form.idempotencyKey()); // a retry files the same application
        QCOMPARE(restored.step(), 1);
        QCOMPARE(restored.value(QStringLiteral("residence")), QStringLiteral("北京市朝阳区建国路88号"));
        QVERIFY(FormState::draftsAllowed(TerminalMode::Counter));
        QVERIFY(!FormState::draftsAllowed(TerminalMode::Kiosk));
    }

    void aDraftThatDoesNotFitIsRefused()
    {
        FormState form(unemploymentRegistrationForm(today));
        QJsonObject draft = form.draft();
        draft[QStringLiteral("kind")] = QStringLiteral("dispute");
        QVERIFY(!form.restore(draft));
        draft = form.draft();
        draft[QStringLiteral("key")] = QStringLiteral("not-a-key");
        QVERIFY(!form.restore(draft));
        // A draft that claims a later step than its values allow is brought back to the first incomplete
        // step.
        draft = form.draft();
        draft[QStringLiteral("step")] = 3;
        QVERIFY(form.restore(draft));
        QCOMPARE(form.step(), 0);
    }

    void wipingLeavesNothing()
    {
        FormState form(unemploymentRegistrationForm(today));
        fillAll(form);
        const QString key = form.idempotencyKey();
        form.wipe();
        QVERIFY(form.values().isEmpty());
        QCOMPARE(form.step(), 0);
        QVERIFY(form.idempotencyKey() != key); // the next application is a new one
    }

    void everyLabelAndChoiceIsTranslated()
    {
        const FormDefinition definition = unemploymentRegistrationForm(today);
        for (const QString& language : {chineseLanguage, englishLanguage}) {
            QVERIFY(useLanguage(language));
            QVERIFY(!definition.title.translated().isEmpty());
            QVERIFY(!definition.commitment.translated().isEmpty());
            for (const FormStep& step : definition.steps)
                for (const FormField& f : step.fields) {
                    QVERIFY2(!f.label.translated().isEmpty(), qPrintable(f.key));
                    for (const FieldChoice& c : f.choices)
                        QVERIFY2(!c.label.translated().isEmpty(), qPrintable(f.key + u'/' + c.key));
                }
        }
        QVERIFY(useLanguage(chineseLanguage));
    }
};

QTEST_GUILESS_MAIN(TestFormState)
#include "tst_formstate.moc"
