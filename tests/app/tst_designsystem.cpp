// The design system's tokens meet shared/EXPERIENCE.md's figures: every tone's words readable on its own
// background at the elder theme's 7:1, type and targets at least the MIIT 适老化 sizes, receipt numbers
// grouped for reading aloud; and the components say status with an icon and words, never colour alone.
#include "camera/qrdecoder.h"
#include "moduleapi/designsystem.h"
#include "moduleapi/noticebanner.h"
#include "moduleapi/resultpage.h"
#include "moduleapi/scrollpage.h"
#include "theme.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QTextLayout>
#include <QVBoxLayout>

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

    void certificateNumbersKeepEveryCharacterInFours()
    {
        const auto plain = [](const QString& s) { return QString(s).remove(QChar(0x2060)); };
        QCOMPARE(plain(design::groupInFours(QStringLiteral("1*************23"))),
                 QStringLiteral("1***\u00A0****\u00A0****\u00A0**23"));
        QCOMPARE(plain(design::groupInFours(QStringLiteral("1101052015000123"))),
                 QStringLiteral("1101\u00A00520\u00A01500\u00A00123"));
        QCOMPARE(design::groupInFours(QString()), QString());
    }

    // Where Qt's own line breaking starts each line of `text` in `width` pixels.
    static QList<int> lineStarts(const QString& text, int width)
    {
        QTextLayout layout(text, QFont());
        QList<int> starts;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            starts << line.textStart();
        }
        layout.endLayout();
        return starts;
    }

    void namesAndNumbersAreNotBrokenAcrossLines()
    {
        const QString name = QStringLiteral("周*明");
        QCOMPARE(design::unbroken(name), QStringLiteral("周\u2060*\u2060明"));
        QCOMPARE(int(design::unbroken(QStringLiteral("110101 ****")).count(QChar(0x00A0))), 1);
        QCOMPARE(QString(design::unbroken(name)).remove(QChar(0x2060)), name);
        // Too narrow for the whole name: plain, Qt breaks inside it; joined, it does not.
        const int narrow = QFontMetrics(QFont()).horizontalAdvance(QStringLiteral("周*")) + 1;
        QVERIFY(lineStarts(name, narrow).size() > 1);
        QCOMPARE(int(lineStarts(design::unbroken(name), narrow).size()), 1);
    }

    void hyphenatedWordsStayWhole()
    {
        const QString title = QStringLiteral("Show the e-card");
        const QString whole = design::hyphenatedWordsWhole(title);
        QCOMPARE(whole, QStringLiteral("Show the e-\u2060card"));
        QCOMPARE(design::hyphenatedWordsWhole(QStringLiteral("a - b, 2026-12")),
                 QStringLiteral("a - b, 2026-12"));
        // Room for "Show the e-" but not for "card": plain, the line breaks after the hyphen; whole, before
        // "e".
        const int width = QFontMetrics(QFont()).horizontalAdvance(QStringLiteral("Show the e-")) + 1;
        QCOMPARE(lineStarts(title, width).value(1), int(title.indexOf(u"card")));
        QCOMPARE(lineStarts(whole, width).value(1), int(whole.indexOf(u"e-")));
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

    // The primary answer keeps the row's right end whatever order the buttons were added in, Tab goes left
    // to right, and equal choices have no primary at all.
    void aNoticeKeepsItsPrimaryLastAndTabsInOrder()
    {
        // On a screen, with something to tab to before and after it, as a real page has.
        QWidget screen;
        auto* layout = new QVBoxLayout(&screen);
        auto* before = new QPushButton(QStringLiteral("Before"));
        auto* banner = new NoticeBanner;
        auto* after = new QPushButton(QStringLiteral("After"));
        layout->addWidget(before);
        layout->addWidget(banner);
        layout->addWidget(after);
        banner->setNotice(Tone::Warning, QStringLiteral("Another person's code"), QStringLiteral("Whom?"));
        QPushButton* stay = banner->addAction(QStringLiteral("stay"));
        QPushButton* other = banner->addAction(QStringLiteral("switch"), NoticeBanner::Emphasis::Secondary);
        QPushButton* third = banner->addAction(QStringLiteral("later"), NoticeBanner::Emphasis::Secondary);
        stay->setText(QStringLiteral("Stay"));
        other->setText(QStringLiteral("Switch"));
        third->setText(QStringLiteral("Later"));
        screen.resize(1000, 400);
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        QVERIFY(stay->property("primary").toBool());
        QVERIFY(!other->property("primary").toBool() && !third->property("primary").toBool());
        QTRY_VERIFY(other->x() < third->x() && third->x() < stay->x());
        // Tab goes through the notice's buttons left to right (the primary, added first, reached last).
        QList<QPushButton*> tabbed;
        for (QWidget* w = before->nextInFocusChain(); w != before; w = w->nextInFocusChain())
            if (auto* button = qobject_cast<QPushButton*>(w); button && button->parent() == banner)
                tabbed << button;
        QCOMPARE(tabbed, (QList<QPushButton*>{other, third, stay}));

        NoticeBanner choices;
        QList<QPushButton*> reasons;
        for (const char* name : {"a", "b", "c"})
            reasons << choices.addAction(QLatin1String(name), NoticeBanner::Emphasis::Secondary);
        choices.resize(1000, 300);
        choices.show();
        QVERIFY(QTest::qWaitForWindowExposed(&choices));
        for (QPushButton* reason : reasons)
            QVERIFY(!reason->property("primary").toBool());
        QTRY_VERIFY(reasons[0]->x() < reasons[1]->x() && reasons[1]->x() < reasons[2]->x());
    }

    void aResultPageShowsTheReceiptLargeAndGrouped()
    {
        ResultPage page;
        page.showResult(Tone::Success, QStringLiteral("Submitted"), QStringLiteral("Reviewed within 5 days"),
                        QStringLiteral("R20261129-ACAC330E7B7A"));
        QCOMPARE(page.receiptShown(), QStringLiteral("R2026 1129 ACAC 330E 7B7A"));
        QCOMPARE(page.property("tone").toString(), QStringLiteral("success"));
        QVERIFY(page.homeButton());
        // Its QR code, as a phone's camera reads it: the number exactly as filed, nothing else of the person.
        const QrReading scanned = QrDecoder::decode(page.receiptQr()->pixmap().toImage());
        QVERIFY2(scanned.found(), qPrintable(scanned.reason()));
        QCOMPARE(scanned.text, page.receiptQrText());
        QVERIFY(scanned.text.endsWith(u" R20261129-ACAC330E7B7A"));
        QVERIFY(!page.receiptQr()->isHidden());
        // A counter clerk's screen faces away from the citizen: no code there.
        page.setReceiptQrOffered(false);
        QVERIFY(page.receiptQr()->isHidden());
        QVERIFY(page.receiptQrText().isEmpty());
        QCOMPARE(page.receiptShown(), QStringLiteral("R2026 1129 ACAC 330E 7B7A")); // the number stays
        page.setReceiptQrOffered(true);
        page.showResult(Tone::Error, QStringLiteral("Not sent"), QStringLiteral("Try again"));
        QVERIFY(page.receiptShown().isEmpty()); // a failure has no receipt to show
        QVERIFY(page.receiptQrText().isEmpty());
        QVERIFY(page.receiptQr()->isHidden());
        QCOMPARE(page.property("tone").toString(), QStringLiteral("error"));
    }

    // Read top to bottom: the headline, the receipt number right under it, then what happens next (the number
    // is what a citizen must not miss above the fold); without a receipt, the words beside the icon.
    void aResultPageReadsTheReceiptBeforeWhatHappensNext()
    {
        ResultPage page;
        page.resize(1280, 800);
        page.showResult(Tone::Success, QStringLiteral("Submitted"),
                        QStringLiteral("The office reviews it within 5 working days."),
                        QStringLiteral("R20261129-ACAC330E7B7A"));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const auto top = [&page](const char* name) {
            const QWidget* widget = page.findChild<QWidget*>(QLatin1String(name));
            return widget && widget->isVisible() ? widget->mapTo(&page, QPoint(0, 0)) : QPoint(-1, -1);
        };
        QVERIFY(top("resultHeadline").y() >= 0 && top("receiptNumber").y() >= 0 &&
                top("resultNext").y() >= 0);
        QVERIFY(top("resultHeadline").y() < top("receiptNumber").y());
        QVERIFY2(top("receiptNumber").y() < top("resultNext").y(),
                 qPrintable(QStringLiteral("receipt at %1, next at %2")
                                .arg(top("receiptNumber").y())
                                .arg(top("resultNext").y())));
        page.showResult(Tone::Error, QStringLiteral("Not sent"),
                        QStringLiteral("Nothing was filed. Try again."));
        // Beside the icon, under the headline, once the page is laid out again.
        const int iconBottom =
            top("resultIcon").y() + page.findChild<QWidget*>(QStringLiteral("resultIcon"))->height();
        QTRY_VERIFY2(top("resultNext").x() > top("resultIcon").x(),
                     qPrintable(QStringLiteral("next at %1, icon at %2")
                                    .arg(top("resultNext").x())
                                    .arg(top("resultIcon").x())));
        QVERIFY(top("resultNext").y() < iconBottom);
    }

    // One primary action, always in the same place (the last of the row): Home, or the next service where
    // it leads; Home then steps left. In portrait the ways follow the words instead of the page's foot.
    void aResultPageKeepsThePrimaryActionLast()
    {
        ResultPage page;
        page.showResult(Tone::Info, QStringLiteral("Register first"), QStringLiteral("Then claim"));
        page.resize(1280, 700);
        page.offerNextService(QStringLiteral("Start again"));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.homeButton()->property("primary").toBool());
        QVERIFY(page.homeButton()->x() > page.nextServiceButton()->x());
        page.offerNextService(QStringLiteral("Register"), true);
        QTRY_VERIFY(page.nextServiceButton()->x() > page.homeButton()->x());
        QVERIFY(page.nextServiceButton()->property("primary").toBool());
        QVERIFY(!page.homeButton()->property("primary").toBool());
        const int landscapeY = page.homeButton()->y();
        QVERIFY(landscapeY > 500); // at the foot
        page.resize(1080, 1800);
        QTRY_VERIFY(page.homeButton()->y() < 700); // under the words, not 1,800 px down
    }

    // The print row and its note beside the ways on where all fit; a row of their own above them where they
    // do not, so no button is squeezed until its words are cut (a long printer note in large type).
    void aResultPageNeverSqueezesItsButtons()
    {
        ResultPage page;
        page.showResult(Tone::Success, QStringLiteral("Applied"), QStringLiteral("Collect it"),
                        QStringLiteral("R20261205-41ADA9D56D56"));
        page.offerNextService(QStringLiteral("Back to my social security cards"));
        auto* row = new QWidget;
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto* note = new QLabel(QStringLiteral("The printer is low on paper: the receipt may come out faint. "
                                               "Ask a member of staff if it does."));
        note->setWordWrap(true);
        rowLayout->addWidget(note, 1);
        rowLayout->addWidget(new QPushButton(QStringLiteral("Print the receipt")));
        page.actionsRow()->addWidget(row, 1);
        page.resize(1800, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE(row->y(), page.homeButton()->y() + (page.homeButton()->height() - row->height()) / 2);
        page.resize(640, 800);
        QTRY_VERIFY(row->geometry().bottom() < page.homeButton()->y()); // above the buttons
        for (const QPushButton* button : {page.nextServiceButton(), page.homeButton()})
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
        page.resize(1800, 800);
        QTRY_VERIFY(row->geometry().bottom() > page.homeButton()->y()); // beside them again
    }

    // A print row with nothing to tap ("this terminal has no printer") is read with the words, under the
    // receipt, where it scrolls with them: the fixed rows under the page keep to the ways on.
    void aLoneNoteIsReadWithTheWords()
    {
        ResultPage page;
        page.showResult(Tone::Success, QStringLiteral("Applied"), QStringLiteral("Collect it"),
                        QStringLiteral("R20261205-41ADA9D56D56"));
        auto* note = new QLabel(QStringLiteral("This terminal has no printer. For a paper copy, use a kiosk "
                                               "with a printer or a service counter."));
        note->setWordWrap(true);
        page.actionsRow()->addWidget(note, 1);
        page.resize(1280, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* scroll = page.findChild<ScrollPage*>();
        QTRY_VERIFY(scroll->isAncestorOf(note));
        const auto* receiptBox = page.findChild<QWidget*>(QStringLiteral("receiptBox"));
        QTRY_VERIFY(note->mapTo(&page, QPoint(0, 0)).y() >=
                    receiptBox->mapTo(&page, QPoint(0, 0)).y() + receiptBox->height());
    }

    // The receipt number is what a citizen reads aloud or copies: in the elder theme's type, on a narrow
    // window, it stays one line with its QR code offered under it (the conformance test checks every
    // screen's number at every size: number-broken).
    void theReceiptNumberReadsInOneLine()
    {
        ResultPage page;
        page.setStyleSheet(QStringLiteral("#receiptNumber { font-size: 48px; font-weight: bold; }"));
        page.showResult(Tone::Success, QStringLiteral("Reported lost"),
                        QStringLiteral("Nobody can use it now"), QStringLiteral("R20261205-DDDDDDDDDDDD"));
        page.resize(1080 - 2 * 32, 1200);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const auto* number = page.findChild<QLabel*>(QStringLiteral("receiptNumber"));
        QVERIFY(number);
        QTRY_VERIFY(!page.receiptQr()->isHidden());
        const int line = number->fontMetrics().lineSpacing();
        QVERIFY2(number->height() < 2 * line,
                 qPrintable(QStringLiteral("%1 px for lines of %2 px; '%3' is %4 px in a %5 px box")
                                .arg(number->height())
                                .arg(line)
                                .arg(number->text())
                                .arg(number->fontMetrics().horizontalAdvance(number->text()))
                                .arg(number->width())));
        QVERIFY(page.receiptQr()->geometry().top() >= number->geometry().bottom()); // under it
    }

    // The ways on never leave the screen: words taller than the page scroll above them (large type at
    // 1280 x 800); in portrait, where the page is tall, the ways follow the words instead of the foot.
    void theWaysOnStayOnScreenWhateverTheWords()
    {
        ResultPage page;
        page.setStyleSheet(QStringLiteral("#resultHeadline { font-size: 48px; } #resultNext { font-size: "
                                          "32px; } #receiptNumber { font-size: 48px; }"));
        QString longWords;
        for (int i = 0; i < 12; ++i)
            longWords +=
                QStringLiteral("Collect it at a social security service counter with your ID card. ");
        page.showResult(Tone::Success, QStringLiteral("Applied for a new card"), longWords,
                        QStringLiteral("R20261205-BBDB7B33CE92"));
        page.offerNextService(QStringLiteral("Back to my social security cards"));
        page.resize(1280, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* scroll = page.findChild<ScrollPage*>();
        QVERIFY(scroll);
        QTRY_VERIFY(!scroll->pageDownButton()->isHidden()); // the words scroll
        for (const QPushButton* button : {page.nextServiceButton(), page.homeButton()}) {
            const QRect onPage(button->mapTo(&page, QPoint(0, 0)), button->size());
            QVERIFY2(page.rect().contains(onPage), qPrintable(button->text()));
            QVERIFY(!scroll->isAncestorOf(button));
        }
        // Portrait, short words: the ways right under them, not at the foot of a 1920 px page.
        page.showResult(Tone::Success, QStringLiteral("Applied"), QStringLiteral("Collect it"),
                        QStringLiteral("R20261205-BBDB7B33CE92"));
        page.resize(1016, 1700);
        QTRY_VERIFY(scroll->pageDownButton()->isHidden());
        QTRY_VERIFY(page.homeButton()->mapTo(&page, QPoint(0, 0)).y() < page.height() / 2);
        const auto* receiptBox = page.findChild<QWidget*>(QStringLiteral("receiptBox"));
        QVERIFY(receiptBox->mapTo(&page, QPoint(0, receiptBox->height())).y() <
                page.homeButton()->mapTo(&page, QPoint(0, 0)).y());
    }

    // A page that fits has the whole width (no empty column for page buttons it does not need); a page that
    // scrolls keeps the column while either button is hidden, so its words do not reflow at the top.
    void aPageThatFitsHasTheWholeWidth()
    {
        auto* content = new QLabel(QStringLiteral("Short"));
        ScrollPage page(content);
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(page.area()->width() >= 1000 - 2);
        content->setMinimumHeight(3000);
        QTRY_VERIFY(!page.pageDownButton()->isHidden());
        const int scrolling = page.area()->width();
        QVERIFY(scrolling < 1000 - page.pageDownButton()->width());
        page.pageDown();
        page.pageDown();
        page.area()->verticalScrollBar()->setValue(page.area()->verticalScrollBar()->maximum());
        QTRY_VERIFY(page.pageDownButton()->isHidden());
        QCOMPARE(page.area()->width(), scrolling);
        content->setMinimumHeight(0);
        QTRY_VERIFY(page.area()->width() >= 1000 - 2);
    }

    // Paging on never tears a part twice: what the foot of the page cut through starts the next page whole,
    // where a plain four-fifths step would hide its first lines above the top.
    void pagingDownBringsWhatTheFootCutWholeToTheTop()
    {
        auto* content = new QWidget;
        auto* column = new QVBoxLayout(content);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(10);
        QList<QLabel*> parts;
        for (int i = 0; i < 8; ++i) {
            parts.append(new QLabel(QStringLiteral("Part %1").arg(i)));
            parts.last()->setFixedHeight(200);
            column->addWidget(parts.last());
        }
        ScrollPage page(content);
        page.resize(800, 350);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(!page.pageDownButton()->isHidden());
        const int room = page.area()->viewport()->height();
        QVERIFY2(room > 210 && room < 410, "the foot of the first page cuts the second part");
        for (int turn = 0; turn < 3; ++turn) {
            const QScrollBar* bar = page.area()->verticalScrollBar();
            const int before = bar->value();
            // The part the foot cuts now.
            QLabel* cut = nullptr;
            for (QLabel* part : parts) {
                const int top = part->mapTo(content, QPoint(0, 0)).y();
                if (top < before + room && top + part->height() > before + room) {
                    cut = part;
                    break;
                }
            }
            QVERIFY(cut);
            page.pageDown();
            const int top = cut->mapTo(content, QPoint(0, 0)).y() - bar->value();
            QVERIFY2(top >= 0 && top + cut->height() <= room,
                     qPrintable(QStringLiteral("%1 shows from %2 to %3 of %4")
                                    .arg(cut->text())
                                    .arg(top)
                                    .arg(top + cut->height())
                                    .arg(room)));
            QVERIFY(bar->value() > before); // and the page moved on
        }
    }

    // The reader sees where they are: "1/N" between the buttons while the page scrolls, N/N at the end, and
    // no count on a page that fits.
    void aPageThatScrollsSaysWhichPageItShows()
    {
        auto* content = new QLabel(QStringLiteral("Long"));
        ScrollPage page(content);
        page.resize(800, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(page.area()->width() >= 800 - 2);
        QVERIFY(page.pageCount()->isHidden());
        content->setMinimumHeight(2000);
        QTRY_VERIFY(!page.pageCount()->isHidden());
        const int room = page.area()->viewport()->height();
        const int total = (2000 + room - 1) / room;
        QCOMPARE(page.pageTotal(), total);
        QCOMPARE(page.pageCount()->text(), QStringLiteral("1/%1").arg(total));
        page.area()->verticalScrollBar()->setValue(page.area()->verticalScrollBar()->maximum());
        QCOMPARE(page.pageCount()->text(), QStringLiteral("%1/%1").arg(total));
        QVERIFY(page.pageCount()->accessibleName().contains(QString::number(total)));
        content->setMinimumHeight(0);
        QTRY_VERIFY(page.pageCount()->isHidden());
    }

    // Last: it applies the themes' style sheets, which the tests above do without.
    // The number never wraps: beside the QR code only where it fits in one line, at every width, in each
    // theme (a run once saw "R2026 1206 1FB0 D0CC B0C3" in two lines in a portrait window).
    void aReceiptNumberReadsInOneLineWithWideLetters()
    {
        for (const Theme theme : {Theme::Standard, Theme::Elder}) {
            applyTheme(*qApp, theme);
            ResultPage page;
            page.showResult(Tone::Success, QStringLiteral("Applied"), QStringLiteral("Collect it"),
                            QStringLiteral("R20261206-1FB0D0CCB0C3"));
            page.resize(1080, 1200);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            // Every width where the boundary between beside and under may fall, as pages of every shape give.
            for (int width = 900; width <= 1280; width += 8) {
                page.resize(width, 1200);
                auto* number = page.findChild<QLabel*>(QStringLiteral("receiptNumber"));
                QVERIFY(number);
                QTest::qWait(20);
                const QWidget* box = number->parentWidget();
                // Only where the number fits the box's whole width: narrower, no place keeps it in one line.
                if (number->fontMetrics().horizontalAdvance(number->text()) >
                    box->contentsRect().width() - 48)
                    continue;
                QTRY_VERIFY2(
                    number->height() < 2 * number->fontMetrics().lineSpacing(),
                    qPrintable(
                        QStringLiteral("page %5: %1 px high, lines of %2 px, %3 px wide for %4 px of text")
                            .arg(number->height())
                            .arg(number->fontMetrics().lineSpacing())
                            .arg(number->width())
                            .arg(number->fontMetrics().horizontalAdvance(number->text()))
                            .arg(width)));
            }
        }
    }
};

QTEST_MAIN(TestDesignSystem)
#include "tst_designsystem.moc"
