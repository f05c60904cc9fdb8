// A staff user name has one spelling (core/session/staffusername.h): Unicode compatibility form and case
// folded, never trimmed; what cannot be a name is refused with its reason.
#include "session/staffusername.h"

#include <QTest>

using namespace ssc;

Q_DECLARE_METATYPE(ssc::StaffUsernameProblem)

class TestStaffUsername : public QObject {
    Q_OBJECT
private slots:
    void namesAreNormalised_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("normal");
        QTest::newRow("as stored") << "clerk01"
                                   << "clerk01";
        QTest::newRow("capitals") << "Clerk01"
                                  << "clerk01";
        QTest::newRow("full-width (Chinese input method)") << "ｃｌｅｒｋ０１"
                                                           << "clerk01";
        QTest::newRow("ligature") << "ﬁeld01"
                                  << "field01";
        QTest::newRow("German sharp s folds") << "STRASSE"
                                              << "strasse";
        QTest::newRow("Chinese name") << "王芳"
                                      << "王芳";
        QTest::newRow("a space inside is kept") << "wang fang"
                                                << "wang fang";
    }
    void namesAreNormalised()
    {
        QFETCH(QString, typed);
        QFETCH(QString, normal);
        const auto result = normalizeStaffUsername(typed);
        QVERIFY(std::holds_alternative<QString>(result));
        QCOMPARE(std::get<QString>(result), normal);
    }

    void whatCannotBeANameIsRefused_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<StaffUsernameProblem>("problem");
        QTest::newRow("empty") << "" << StaffUsernameProblem::Empty;
        QTest::newRow("trailing space") << "clerk01 " << StaffUsernameProblem::SurroundingSpace;
        QTest::newRow("leading space") << " clerk01" << StaffUsernameProblem::SurroundingSpace;
        QTest::newRow("ideographic space")
            << QStringLiteral("clerk01\u3000") << StaffUsernameProblem::SurroundingSpace;
        QTest::newRow("tab") << "\tclerk01" << StaffUsernameProblem::SurroundingSpace;
        QTest::newRow("only spaces") << "   " << StaffUsernameProblem::SurroundingSpace;
        QTest::newRow("control character")
            << QStringLiteral("clerk\u000101") << StaffUsernameProblem::ControlCharacter;
        QTest::newRow("zero-width space")
            << QStringLiteral("clerk\u200b01") << StaffUsernameProblem::ControlCharacter;
        QTest::newRow("65 characters") << QString(65, u'a') << StaffUsernameProblem::TooLong;
    }
    void whatCannotBeANameIsRefused()
    {
        QFETCH(QString, typed);
        QFETCH(StaffUsernameProblem, problem);
        const auto result = normalizeStaffUsername(typed);
        QVERIFY(std::holds_alternative<StaffUsernameProblem>(result));
        QCOMPARE(std::get<StaffUsernameProblem>(result), problem);
    }
};

QTEST_GUILESS_MAIN(TestStaffUsername)
#include "tst_staffusername.moc"
