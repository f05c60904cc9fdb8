// The kiosk keyboard: pinyin becomes Chinese characters through Google's pinyin engine and Debian's
// dictionary, the best phrase first; candidates, backspace, the switch to letters, digits and marks reach the
// focused field as an input method would deliver them, and the field keeps the focus throughout.
#include "onscreenkeyboard.h"
#include "pinyindecoder.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QVBoxLayout>

using namespace ssc;

class TestOnScreenKeyboard : public QObject {
    Q_OBJECT
    std::unique_ptr<QWidget> window;
    QLineEdit* field = nullptr;
    OnScreenKeyboard* keyboard = nullptr;

    // The keys shown, by name.
    QStringList visibleKeys() const
    {
        QStringList keys;
        for (QPushButton* b : keyboard->findChildren<QPushButton*>(QStringLiteral("keyboardKey")))
            if (b->isVisible())
                keys.append(b->property("key").toString());
        return keys;
    }

    void typeLetters(const QString& letters)
    {
        for (const QChar c : letters)
            keyboard->press(QString(c));
    }

private slots:
    void init()
    {
        window = std::make_unique<QWidget>();
        auto* layout = new QVBoxLayout(window.get());
        field = new QLineEdit;
        keyboard = new OnScreenKeyboard;
        layout->addWidget(field);
        layout->addWidget(keyboard);
        window->resize(1280, 500);
        window->show();
        QApplication::setActiveWindow(window.get());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        field->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), field);
        QVERIFY2(keyboard->pinyinAvailable(), "the pinyin dictionary of libgooglepinyin0 is installed");
    }

    void pinyinBecomesThePhrase()
    {
        typeLetters(QStringLiteral("beijing"));
        QCOMPARE(keyboard->composing(), QStringLiteral("beijing"));
        QVERIFY2(keyboard->candidates().contains(QStringLiteral("北京")),
                 qPrintable(keyboard->candidates().join(u' ')));
        QCOMPARE(keyboard->candidates().first(), QStringLiteral("北京"));
        keyboard->press(QStringLiteral("space")); // the best phrase
        QCOMPARE(field->text(), QStringLiteral("北京"));
        QVERIFY(keyboard->composing().isEmpty());
        QCOMPARE(QApplication::focusWidget(), field); // the keys never took the focus
    }

    // Where each key on screen is in the window: a finger aims at that place.
    QHash<QString, QRect> keyPlaces() const
    {
        QHash<QString, QRect> places;
        for (QPushButton* b : keyboard->findChildren<QPushButton*>(QStringLiteral("keyboardKey")))
            if (b->isVisible())
                places.insert(b->property("key").toString(),
                              QRect(b->mapTo(window.get(), QPoint(0, 0)), b->size()));
        return places;
    }

    QList<QPushButton*> shownCandidates() const
    {
        QList<QPushButton*> shown;
        for (QPushButton* b : keyboard->findChildren<QPushButton*>(QStringLiteral("keyboardCandidate")))
            if (b->isVisible())
                shown.append(b);
        return shown;
    }

    void keysNeverMoveWhenCandidatesComeAndGo()
    {
        QApplication::processEvents();
        const auto before = keyPlaces();
        QVERIFY(before.contains(QStringLiteral("q")) && before.contains(QStringLiteral("space")));
        QVERIFY(before.contains(QStringLiteral("1")));
        keyboard->press(QStringLiteral("j")); // candidates appear, in the digits' row
        QVERIFY(!keyboard->candidates().isEmpty());
        QApplication::processEvents();
        auto composing = before;
        for (const QChar digit : QStringLiteral("1234567890"))
            composing.remove(QString(digit));
        QCOMPARE(keyPlaces(), composing); // the digits gave way; every other key is where it was
        const QList<QPushButton*> candidates = shownCandidates();
        QVERIFY(!candidates.isEmpty());
        const int digitsTop = before.value(QStringLiteral("1")).top();
        for (const QPushButton* b : candidates) {
            const QRect place(b->mapTo(window.get(), QPoint(0, 0)), b->size());
            QVERIFY2(place.top() >= digitsTop - 1 &&
                         place.bottom() <= before.value(QStringLiteral("1")).bottom() + 1,
                     "a candidate stands in the digits' row");
        }
        keyboard->press(QStringLiteral("space")); // and go again
        QVERIFY(keyboard->candidates().isEmpty());
        QApplication::processEvents();
        QCOMPARE(keyPlaces(), before);
        QVERIFY(shownCandidates().isEmpty());
    }

    void aLongerPhraseAndItsCandidates()
    {
        typeLetters(QStringLiteral("shenzhenshinanshanqu"));
        QCOMPARE(keyboard->candidates().first(), QStringLiteral("深圳市南山区"));
        keyboard->press(QStringLiteral("candidate:0"));
        QCOMPARE(field->text(), QStringLiteral("深圳市南山区"));
    }

    void choosingPartOfThePhraseLeavesTheRestToChoose()
    {
        typeLetters(QStringLiteral("gongzi"));
        const QStringList first = keyboard->candidates();
        const int gong = int(first.indexOf(QStringLiteral("工")));
        QVERIFY2(gong > 0, qPrintable(first.join(u' ')));
        keyboard->press(QStringLiteral("candidate:%1").arg(gong));
        QVERIFY(field->text().isEmpty()); // not finished yet
        QCOMPARE(keyboard->composing().left(1), QStringLiteral("工"));
        const int zi = int(keyboard->candidates().indexOf(QStringLiteral("资")));
        QVERIFY2(zi >= 0, qPrintable(keyboard->candidates().join(u' ')));
        keyboard->press(QStringLiteral("candidate:%1").arg(zi));
        QCOMPARE(field->text(), QStringLiteral("工资"));
    }

    void backspaceTakesPinyinFirstThenText()
    {
        field->setText(QStringLiteral("北京"));
        field->end(false);
        typeLetters(QStringLiteral("sh"));
        keyboard->press(QStringLiteral("backspace"));
        QCOMPARE(keyboard->composing(), QStringLiteral("s"));
        keyboard->press(QStringLiteral("backspace"));
        keyboard->press(QStringLiteral("backspace"));
        QCOMPARE(field->text(), QStringLiteral("北"));
    }

    void lettersDigitsAndMarks()
    {
        typeLetters(QStringLiteral("hao"));
        keyboard->press(QStringLiteral("1")); // a digit after pinyin: the phrase goes in first
        QVERIFY2(field->text().endsWith(u'1') && field->text().size() >= 2, qPrintable(field->text()));
        field->clear();
        keyboard->press(QStringLiteral("switch"));
        QVERIFY(!keyboard->typesChinese());
        typeLetters(QStringLiteral("abc"));
        keyboard->press(QStringLiteral("space"));
        keyboard->press(QStringLiteral("。"));
        QCOMPARE(field->text(), QStringLiteral("abc 。"));
        keyboard->press(QStringLiteral("switch"));
        QVERIFY(keyboard->typesChinese());
    }

    void aTapOnAKeyTypesIntoAMultiLineBox()
    {
        auto* box = new QPlainTextEdit;
        window->layout()->addWidget(box);
        box->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), box);
        QPushButton* b = nullptr;
        for (QPushButton* k : keyboard->findChildren<QPushButton*>())
            if (k->property("key").toString() == u"x")
                b = k;
        QVERIFY(b);
        QTest::mouseClick(b, Qt::LeftButton);
        keyboard->press(QStringLiteral("switch"));
        QTest::mouseClick(b, Qt::LeftButton);
        // The first x was pinyin, put in as a letter by the switch; the second a letter.
        QCOMPARE(box->toPlainText(), QStringLiteral("xx"));
        QCOMPARE(keyboard->composing(), QString());
    }

    void numbersShowDigitsAndDeleteOnly()
    {
        typeLetters(QStringLiteral("beijing"));
        keyboard->setNumbers(OnScreenKeyboard::Numbers::Whole); // pinyin left typed goes in first
        QCOMPARE(field->text(), QStringLiteral("北京"));
        QCOMPARE(keyboard->composing(), QString());
        const QStringList whole = visibleKeys();
        QCOMPARE(whole.size(), 11); // 0-9 and delete
        QVERIFY(whole.contains(QStringLiteral("backspace")));
        QVERIFY(!whole.contains(QStringLiteral("a")));
        QVERIFY(!whole.contains(QStringLiteral(".")));
        keyboard->setNumbers(OnScreenKeyboard::Numbers::WithDecimals);
        QVERIFY(visibleKeys().contains(QStringLiteral(".")));
        field->clear();
        for (const char* k : {"3", "5", ".", "5"})
            keyboard->press(QString::fromLatin1(k));
        QCOMPARE(field->text(), QStringLiteral("35.5"));
        keyboard->setNumbers(OnScreenKeyboard::Numbers::No); // text again: everything back
        QVERIFY(visibleKeys().contains(QStringLiteral("a")));
        QVERIFY(visibleKeys().contains(QStringLiteral("space")));
        QVERIFY(!visibleKeys().contains(QStringLiteral(".")));
        QVERIFY(!visibleKeys().contains(QStringLiteral("X")));
    }

    // An ID number: the digits, X where the point is (17 digits and a check character), and a key to the
    // letters for the older permanent residence numbers that begin with three of them.
    void anIdNumberHasXAndAWayToTheLetters()
    {
        field->clear();
        keyboard->setNumbers(OnScreenKeyboard::Numbers::IdNumber);
        const QStringList keys = visibleKeys();
        QCOMPARE(keys.size(), 13); // 0-9, X, delete, letters
        QVERIFY(keys.contains(QStringLiteral("X")) && keys.contains(QStringLiteral("letters")));
        QVERIFY(!keys.contains(QStringLiteral(".")) && !keys.contains(QStringLiteral("a")));
        for (const QChar c : QStringLiteral("11010519491231002X"))
            keyboard->press(QString(c));
        QCOMPARE(field->text(), QStringLiteral("11010519491231002X"));
        keyboard->press(QStringLiteral("letters")); // the letters, typed as letters rather than pinyin
        QCOMPARE(keyboard->numbers(), OnScreenKeyboard::Numbers::No);
        QVERIFY(visibleKeys().contains(QStringLiteral("a")));
        QVERIFY(!keyboard->typesChinese());
        keyboard->press(QStringLiteral("a"));
        QCOMPARE(field->text(), QStringLiteral("11010519491231002Xa"));
    }

    void noDictionaryMeansLettersOnly()
    {
        PinyinDecoder missing(QStringLiteral("/nonexistent/dict_pinyin.dat"));
        QVERIFY(!missing.isOpen());
        QVERIFY(missing.error().contains(u"not found"));
        missing.setLetters(QStringLiteral("beijing"));
        QVERIFY(missing.candidates().isEmpty());
    }
};

QTEST_MAIN(TestOnScreenKeyboard)
#include "tst_onscreenkeyboard.moc"
