// The design system's tokens meet shared/EXPERIENCE.md's figures: every tone's words readable on its own
// background at the elder theme's 7:1, type and targets at least the MIIT 适老化 sizes, receipt numbers
// grouped for reading aloud; and the components say status with an icon and words, never colour alone.
#include "moduleapi/designsystem.h"
#include "moduleapi/noticebanner.h"
#include "moduleapi/resultpage.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace ssc;
using design::Tone;

class TestDesignSystem : public QObject {
    Q_OBJECT
    static constexpr Tone tones[] = {Tone::Info, Tone::Success, Tone::Warning, Tone::Error};

private slots:
    void contrastIsMeasuredAsWcagDoes()
    {
        QCOMPARE(qRound(design::contrastRatio(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(design::contrastRatio(Qt::white, Qt::white), 1.0);
        // WCAG's own example: #767676 on white is the lightest grey that passes 4.5:1.
        QVERIFY(design::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
        QVERIFY(design::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    }

    void everyToneIsReadableAtTheElderContrast()
    {
        for (Tone tone : tones)
            QVERIFY2(design::contrastRatio(design::toneInk(tone), design::toneBackground(tone)) >= 7.0,
                     qPrintable(design::toneKey(tone)));
        QVERIFY(design::contrastRatio(design::ink, design::page) >= 7.0);
        QVERIFY(design::contrastRatio(design::inkSoft, design::surface) >= 7.0);
        QVERIFY(design::contrastRatio(Qt::white, design::action) >= 4.5);
        QVERIFY(design::contrastRatio(Qt::white, design::actionDeep) >= 7.0);
    }

    void everyToneHasItsOwnIconAndWords()
    {
        QSet<QString> icons, words;
        for (Tone tone : tones) {
            QVERIFY2(!QIcon(design::toneIcon(tone)).pixmap(48, 48).isNull(),
                     qPrintable(design::toneIcon(tone)));
            icons.insert(design::toneIcon(tone));
            words.insert(design::toneWord(tone));
        }
        QCOMPARE(icons.size(), 4);
        QCOMPARE(words.size(), 4);
    }

    void typeAndTargetsMeetTheFigures()
    {
        // 18 pt and 24 pt body, 30 pt and 36 pt titles at 96 dpi (1 pt = 4/3 px); 60 px and 80 px targets.
        QVERIFY(design::standardScale.bodyPx * 3 >= 18 * 4);
        QVERIFY(design::elderScale.bodyPx * 3 >= 24 * 4);
        QVERIFY(design::standardScale.titlePx * 3 >= 30 * 4);
        QVERIFY(design::elderScale.titlePx * 3 >= 36 * 4);
        QCOMPARE(design::standardScale.kioskTargetPx, 60);
        QCOMPARE(design::elderScale.kioskTargetPx, 80);
        QCOMPARE(design::standardScale.minContrast, 4.5);
        QCOMPARE(design::elderScale.minContrast, 7.0);
    }

    void receiptNumbersAreGroupedForReading_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("grouped");
        QTest::newRow("platform receipt") << "R20261129-ACAC330E7B7A"
                                          << "R2026 1129 ACAC 330E 7B7A";
        QTest::newRow("lower case") << "r20261129-acac330e7b7a"
                                    << "R2026 1129 ACAC 330E 7B7A";
        QTest::newRow("already grouped") << "R2026 1129 ACAC 330E 7B7A"
                                         << "R2026 1129 ACAC 330E 7B7A";
        QTest::newRow("digits only") << "123456789"
                                     << "1234 5678 9";
        QTest::newRow("empty") << ""
                               << "";
    }

    void receiptNumbersAreGroupedForReading()
    {
        QFETCH(QString, number);
        QFETCH(QString, grouped);
        QCOMPARE(design::groupForReading(number), grouped);
    }

    void aNoticeSaysItsToneWithAnIconAndWords()
    {
        NoticeBanner banner;
        banner.setNotice(Tone::Error, QStringLiteral("The code could not be used"), QStringLiteral("Why"));
        QCOMPARE(banner.property("tone").toString(), QStringLiteral("error"));
        auto* icon = banner.findChild<QLabel*>(QStringLiteral("noticeIcon"));
        QVERIFY(!icon->pixmap().isNull());
        QCOMPARE(icon->accessibleName(), design::toneWord(Tone::Error));
        QCOMPARE(banner.headline(), QStringLiteral("The code could not be used"));
    }

    void aResultPageShowsTheReceiptLargeAndGrouped()
    {
        ResultPage page;
        page.showResult(Tone::Success, QStringLiteral("Submitted"), QStringLiteral("Reviewed within 5 days"),
                        QStringLiteral("R20261129-ACAC330E7B7A"));
        QCOMPARE(page.receiptShown(), QStringLiteral("R2026 1129 ACAC 330E 7B7A"));
        QCOMPARE(page.property("tone").toString(), QStringLiteral("success"));
        QVERIFY(page.homeButton());
        page.showResult(Tone::Error, QStringLiteral("Not sent"), QStringLiteral("Try again"));
        QVERIFY(page.receiptShown().isEmpty()); // a failure has no receipt to show
        QCOMPARE(page.property("tone").toString(), QStringLiteral("error"));
    }
};

QTEST_MAIN(TestDesignSystem)
#include "tst_designsystem.moc"
