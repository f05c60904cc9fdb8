// Typing into a kiosk form (issue 17): the on-screen keyboard docks over the bottom of the window and the
// form scrolls so the field being typed in, its label and its problem show whole above the keys, with the
// form's buttons still in reach; digit fields get a number pad, amounts one with a decimal point, dates the
// touch picker; one scroll area, scrolled by finger and by large page buttons.
#include "disputes/disputeform.h"
#include "forms/fieldbuilders.h"
#include "forms/formstate.h"
#include "i18n/translator.h"
#include "moduleapi/datepicker.h"
#include "moduleapi/formview.h"
#include "moduleapi/noticebanner.h"
#include "moduleapi/scrollpage.h"
#include "onscreenkeyboard.h"
#include "payouts/payoutaccountform.h"
#include "pension/estimateform.h"
#include "pension/transferform.h"
#include "session/faceloginclaim.h"
#include "theme.h"
#include "unemployment/benefitclaimform.h"
#include "unemployment/registrationform.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QVBoxLayout>

using namespace ssc;

namespace {

TranslatableText label(const char* source)
{
    return {"TestFormInput", source, {}};
}

FormDefinition longForm()
{
    using forms::field;
    FormStep step{label("Your details"), {}};
    for (const char* name : {"street", "district", "city", "employer", "employerAddress", "contact"})
        step.fields.append(field(QString::fromLatin1(name), label(name), FieldKind::Text));
    step.fields.append(field(QStringLiteral("amount"), label("Amount"), FieldKind::Money));
    step.fields.append(field(QStringLiteral("since"), label("Since"), FieldKind::Date));
    step.fields.append(field(QStringLiteral("phone"), label("Mobile phone"), FieldKind::Phone));
    return {QStringLiteral("test"), label("A long form"), {step}, {}};
}

// The rectangle of `widget` in `window`'s coordinates.
QRect in(const QWidget* window, const QWidget* widget)
{
    return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
}

} // namespace

class TestFormInput : public QObject {
    Q_OBJECT
    std::unique_ptr<FormState> form;
    std::unique_ptr<QWidget> window;
    FormView* view = nullptr;

    // The window as a picture, where SSC_SCREENSHOT_DIR asks for them.
    void save(const QString& name) const
    {
        const QString dir = qEnvironmentVariable("SSC_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(window->grab().save(dir + u'/' + name));
    }

    // The label of a field: the QLabel just above its editor in the form.
    QLabel* labelOf(const QString& text) const
    {
        for (QLabel* l : view->findChildren<QLabel*>(QStringLiteral("fieldLabel")))
            if (l->text() == text)
                return l;
        return nullptr;
    }

    // The field tapped as a finger would, after scrolling to it as a person does with the page buttons.
    void tapField(QWidget* field)
    {
        QVERIFY(field);
        view->scrollPage()->area()->ensureWidgetVisible(field);
        QTest::mouseClick(field, Qt::LeftButton, {}, QPoint(10, field->height() / 2));
        QTRY_COMPARE(QApplication::focusWidget(), field);
        QTRY_VERIFY(view->onScreenKeyboard()->isVisible());
        QTest::qWait(20); // the queued reveal after the layout gave up its room
    }

    // What a person looking at the screen sees whole: inside the scroll area's room and above the keys.
    void seenWhole(const QWidget* widget, const QString& what)
    {
        const OnScreenKeyboard* keys = view->onScreenKeyboard();
        const QRect rect = in(window.get(), widget);
        const QRect room = in(window.get(), view->scrollPage()->area()->viewport());
        QVERIFY2(rect.bottom() < keys->y(), qPrintable(QStringLiteral("%1 at %2..%3 is under the keys at %4")
                                                           .arg(what)
                                                           .arg(rect.top())
                                                           .arg(rect.bottom())
                                                           .arg(keys->y())));
        QVERIFY2(room.contains(rect),
                 qPrintable(QStringLiteral("%1 (%2..%3) is scrolled out of the room (%4..%5)")
                                .arg(what)
                                .arg(rect.top())
                                .arg(rect.bottom())
                                .arg(room.top())
                                .arg(room.bottom())));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(useLanguage(chineseLanguage));
        applyTheme(*qApp, Theme::Standard);
    }

    void cleanup()
    {
        applyTheme(*qApp, Theme::Standard);
        QVERIFY(useLanguage(chineseLanguage));
    }

    void init()
    {
        form = std::make_unique<FormState>(longForm());
        window = std::make_unique<QWidget>();
        auto* layout = new QVBoxLayout(window.get());
        auto* title = new QLabel(QStringLiteral("办理失业登记"));
        title->setMinimumHeight(160); // the header and the page's title above the form
        auto* footer = new QLabel(QStringLiteral("自助服务一体机"));
        view = new FormView(*form);
        view->setOnScreenKeyboard(true);
        layout->addWidget(title);
        layout->addWidget(view, 1);
        layout->addWidget(footer);
        window->resize(1280, 800);
        window->show();
        QApplication::setActiveWindow(window.get());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
    }

    void theKeyboardDocksAndTheFieldShowsAboveIt()
    {
        // The last text field, far down a long form, with its problem said under it.
        view->enter(QStringLiteral("contact"), QStringLiteral("\x01"));
        QVERIFY(!view->problemText(QStringLiteral("contact")).isEmpty());
        auto* contact = view->findChild<QLineEdit*>(QStringLiteral("contact"));
        tapField(contact);
        const OnScreenKeyboard* keys = view->onScreenKeyboard();
        QCOMPARE(keys->numbers(), OnScreenKeyboard::Numbers::No); // text: pinyin and letters
        QCOMPARE(keys->parentWidget(), window.get());
        QCOMPARE(keys->geometry().bottom(), window->height() - 1); // docked on the bottom edge, full width
        QCOMPARE(keys->width(), window->width());
        QCOMPARE(window->size(), QSize(1280, 800)); // the window never grew
        seenWhole(contact, QStringLiteral("the field"));
        seenWhole(labelOf(QStringLiteral("contact")), QStringLiteral("its label"));
        const auto problem = view->findChildren<QLabel*>(QStringLiteral("fieldProblem"));
        const auto said =
            std::find_if(problem.begin(), problem.end(), [](QLabel* l) { return l->isVisible(); });
        QVERIFY(said != problem.end());
        seenWhole(*said, QStringLiteral("its problem"));
        // Next is above the keys, where a finger reaches it.
        auto* next = view->findChild<QPushButton*>(QStringLiteral("formNext"));
        QVERIFY(in(window.get(), next).bottom() < keys->y());
        QCOMPARE(window->childAt(in(window.get(), next).center()), next);
        // Typing on the keys reaches the field, which keeps the focus.
        auto* key = [&] {
            for (QPushButton* b : keys->findChildren<QPushButton*>(QStringLiteral("keyboardKey")))
                if (b->property("key").toString() == u"7" && b->isVisible())
                    return b;
            return static_cast<QPushButton*>(nullptr);
        }();
        QVERIFY(key);
        QTest::mouseClick(key, Qt::LeftButton);
        QVERIFY2(contact->text().contains(u'7'), qPrintable(contact->text()));
        QCOMPARE(QApplication::focusWidget(), contact);
    }

    // The kiosk's touch targets (../shared/EXPERIENCE.md): every key, and the candidates that take the
    // digits' row while pinyin is composed, at least 60 px; in the elder theme 80 px where the screen is tall
    // enough (at 1280x800 80 px keys would leave no room for the field); and the field typed into whole above
    // them.
    void everyKeyIsAFullTouchTarget_data()
    {
        QTest::addColumn<bool>("elder");
        QTest::addColumn<QSize>("screen");
        QTest::addColumn<int>("target");
        QTest::newRow("standard 1280x800") << false << QSize(1280, 800) << 60;
        QTest::newRow("elder 1280x800") << true << QSize(1280, 800) << 60;
        QTest::newRow("elder 1080x1920") << true << QSize(1080, 1920) << 80;
    }

    void everyKeyIsAFullTouchTarget()
    {
        QFETCH(bool, elder);
        QFETCH(QSize, screen);
        QFETCH(int, target);
        applyTheme(*qApp, elder ? Theme::Elder : Theme::Standard);
        window->resize(screen);
        QApplication::processEvents();
        auto* field = view->findChild<QLineEdit*>(QStringLiteral("employerAddress"));
        tapField(field);
        OnScreenKeyboard* keys = view->onScreenKeyboard();
        keys->press(QStringLiteral("j"));
        QApplication::processEvents();
        QList<QPushButton*> shown;
        for (QPushButton* b : keys->findChildren<QPushButton*>())
            if (b->isVisible())
                shown.append(b);
        QVERIFY(shown.size() > 30);
        for (const QPushButton* b : std::as_const(shown))
            QVERIFY2(
                b->height() >= target && b->width() >= target,
                qPrintable(QStringLiteral("%1 is %2 x %3 px")
                               .arg(b->text(), QString::number(b->width()), QString::number(b->height()))));
        const QRect room = in(window.get(), view->scrollPage()->area()->viewport());
        qInfo("form room above the keyboard: %d px (keyboard %d px high, keys %d px)", keys->y() - room.top(),
              keys->height(), shown.first()->height());
        QVERIFY(keys->geometry().bottom() == window->height() - 1 && keys->height() >= 5 * target);
        seenWhole(field, QStringLiteral("the field typed into"));
        keys->press(QStringLiteral("space"));
    }

    // The labels of the questions whose problems are said under them, in the form's order.
    QStringList questionsToChange() const
    {
        QStringList labels;
        for (const FormField& f : form->definition().steps[0].fields)
            if (!view->problemText(f.key).isEmpty())
                labels << f.label.translated();
        return labels;
    }

    // GOV.UK's error summary: a Next refused names, at the top of the step and in view, how many answers
    // need changing and which, on one line with its button beside the headline, so that all of it, the button
    // too, shows without scrolling, in both languages and themes.
    void aRefusedNextSaysWhatToChangeAtTheTop_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("elder");
        QTest::newRow("zh standard") << QString(chineseLanguage) << false;
        QTest::newRow("zh elder") << QString(chineseLanguage) << true;
        QTest::newRow("en standard") << QString(englishLanguage) << false;
        QTest::newRow("en elder") << QString(englishLanguage) << true;
    }

    void aRefusedNextSaysWhatToChangeAtTheTop()
    {
        QFETCH(QString, language);
        QFETCH(bool, elder);
        QVERIFY(useLanguage(language));
        applyTheme(*qApp, elder ? Theme::Elder : Theme::Standard);
        const bool zh = language == chineseLanguage;
        QVERIFY(!view->problemSummary()->isVisible());
        view->scrollPage()->area()->verticalScrollBar()->setValue(
            view->scrollPage()->area()->verticalScrollBar()->maximum()); // at the foot, by Next
        QVERIFY(!view->next());                                          // nothing answered yet
        const NoticeBanner* summary = view->problemSummary();
        QVERIFY(summary->isVisible());
        QCOMPARE(summary->tone(), design::Tone::Error);
        // Past three, the first two are named and the rest counted, on one line.
        const QStringList questions = questionsToChange();
        QVERIFY2(questions.size() > 3, qPrintable(questions.join(u',')));
        QCOMPARE(summary->headline(), zh ? QStringLiteral("有 %1 处需要修改").arg(questions.size())
                                         : QStringLiteral("%1 answers need changing").arg(questions.size()));
        QCOMPARE(summary->detail(), zh ? QStringLiteral("%1、%2，还有 %3 处")
                                             .arg(questions[0], questions[1])
                                             .arg(questions.size() - 2)
                                       : QStringLiteral("%1, %2 and %3 more")
                                             .arg(questions[0], questions[1])
                                             .arg(questions.size() - 2));
        // All of it in view, its button too, beside the words rather than under them.
        auto* go = summary->findChild<QPushButton*>(QStringLiteral("goToProblem"));
        QVERIFY(go && go->isVisible());
        QCOMPARE(go->text(), zh ? QStringLiteral("转到第一处") : QStringLiteral("Go to the first of them"));
        const QRect room = in(window.get(), view->scrollPage()->area()->viewport());
        QTRY_VERIFY2(room.contains(in(window.get(), summary)), "the summary is scrolled into view");
        QVERIFY(room.contains(in(window.get(), go)));
        QVERIFY2(go->y() < summary->findChild<QLabel*>(QStringLiteral("noticeDetail"))->geometry().bottom(),
                 "the button beside the words, not under them");
        save(QStringLiteral("form-problems-%1-%2.png").arg(language, elder ? u"elder" : u"standard"));
        // Its button goes to the first question it names: that field focused and scrolled into view.
        view->scrollPage()->area()->verticalScrollBar()->setValue(
            view->scrollPage()->area()->verticalScrollBar()->maximum()); // away from it again
        go->click();
        QWidget* focused = window->focusWidget();
        QVERIFY(focused);
        QVERIFY2(!view->problemText(focused->objectName()).isEmpty(), qPrintable(focused->objectName()));
        const FormField* focusedField = form->definition().field(focused->objectName());
        QVERIFY(focusedField);
        QCOMPARE(focusedField->label.translated(), questions.first());
        QTRY_VERIFY2(room.contains(in(window.get(), focused)), "the first question is scrolled into view");
        // Three or fewer: every one named.
        for (const char* key : {"street", "district", "city", "employer", "employerAddress"})
            view->enter(QString::fromLatin1(key), QStringLiteral("北京"));
        view->enter(QStringLiteral("since"), QStringLiteral("2026-01-05"));
        QVERIFY(!view->next());
        QCOMPARE(questionsToChange().size(), 3);
        QCOMPARE(summary->detail(), zh ? QStringLiteral("contact、Amount和Mobile phone")
                                       : QStringLiteral("contact, Amount and Mobile phone"));
        view->enter(QStringLiteral("contact"), QStringLiteral("北京"));
        QVERIFY(!view->next());
        QCOMPARE(summary->detail(),
                 zh ? QStringLiteral("Amount和Mobile phone") : QStringLiteral("Amount and Mobile phone"));
        QCOMPARE(summary->headline(),
                 zh ? QStringLiteral("有 2 处需要修改") : QStringLiteral("2 answers need changing"));
        view->enter(QStringLiteral("amount"), QStringLiteral("12.50"));
        QVERIFY(!view->next());
        QCOMPARE(summary->detail(), QStringLiteral("Mobile phone"));
        QCOMPARE(go->text(), zh ? QStringLiteral("转到这个问题") : QStringLiteral("Go to the question"));
        // Answered, the summary goes with the problems.
        view->enter(QStringLiteral("phone"), QStringLiteral("13800138000"));
        QVERIFY(view->next());
        QVERIFY(!view->problemSummary()->isVisible());
    }

    void theFirstFieldStaysWhereItIs()
    {
        auto* street = view->findChild<QLineEdit*>(QStringLiteral("street"));
        tapField(street);
        seenWhole(street, QStringLiteral("the first field"));
        QCOMPARE(view->scrollPage()->area()->verticalScrollBar()->value(), 0); // nothing jumped
    }

    void digitsGetANumberPad()
    {
        auto* phone = view->findChild<QLineEdit*>(QStringLiteral("phone"));
        tapField(phone);
        const OnScreenKeyboard* keys = view->onScreenKeyboard();
        QCOMPARE(keys->numbers(), OnScreenKeyboard::Numbers::Whole);
        QVERIFY(keys->findChild<QWidget*>(QStringLiteral("keyboardNumberPad"))->isVisible());
        for (QPushButton* b : keys->findChildren<QPushButton*>(QStringLiteral("keyboardKey")))
            QVERIFY2(!b->isVisible() || b->property("pad").toBool(), qPrintable(b->text())); // no letters
        seenWhole(phone, QStringLiteral("the phone"));
        seenWhole(labelOf(QStringLiteral("Mobile phone")), QStringLiteral("its label"));
        auto* amount = view->findChild<QLineEdit*>(QStringLiteral("amount"));
        tapField(amount);
        QCOMPARE(keys->numbers(), OnScreenKeyboard::Numbers::WithDecimals);
        seenWhole(amount, QStringLiteral("the amount"));
    }

    // Every answer typed as digits in the service forms, the kiosk's and the face sign-in's, is of a kind
    // that brings up its pad (issue 17, pattern 1: a QWERTY keyboard for a phone number): each form's own
    // field, drawn and tapped in the kiosk's form view.
    void everyDigitAnswerOfTheServiceFormsGetsItsPad_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("pad");
        const auto row = [](const char* service, const char* key, OnScreenKeyboard::Numbers pad) {
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(service), QLatin1String(key))))
                << QString::fromLatin1(service) << QString::fromLatin1(key) << int(pad);
        };
        using N = OnScreenKeyboard::Numbers;
        row("unemployment-registration", "phone", N::Whole);
        row("unemployment-benefit", "accountNumber", N::Whole);
        row("unemployment-benefit", "phone", N::Whole);
        row("labour-dispute", "phone", N::Whole);
        row("labour-dispute", "amount", N::WithDecimals);
        row("pension-transfer", "phone", N::Whole);
        row("payout-account", "accountNumber", N::Whole);
        row("face-login-claim", "ssn", N::IdNumber);
        // The estimate's years and amounts: every field of it that is typed.
        for (const FormStep& step : pensionEstimateForm({}).steps)
            for (const FormField& f : step.fields)
                if (f.kind == FieldKind::Digits || f.kind == FieldKind::Money)
                    QTest::newRow(qPrintable(QStringLiteral("pension-estimate ") + f.key))
                        << QStringLiteral("pension-estimate") << f.key
                        << int(f.kind == FieldKind::Money ? N::WithDecimals : N::Whole);
    }

    void everyDigitAnswerOfTheServiceFormsGetsItsPad()
    {
        QFETCH(QString, service);
        QFETCH(QString, key);
        QFETCH(int, pad);
        const QDate today = QDate::currentDate();
        QMap<QString, FormDefinition> forms;
        forms.insert(QStringLiteral("unemployment-registration"), unemploymentRegistrationForm(today));
        forms.insert(QStringLiteral("unemployment-benefit"),
                     unemploymentBenefitForm(QStringLiteral("6217 **** 4567")));
        forms.insert(QStringLiteral("labour-dispute"), disputeForm(today));
        forms.insert(QStringLiteral("pension-transfer"), pensionTransferForm());
        forms.insert(QStringLiteral("payout-account"), payouts::payoutAccountForm());
        forms.insert(QStringLiteral("face-login-claim"), faceLoginClaimForm());
        forms.insert(QStringLiteral("pension-estimate"), pensionEstimateForm({}));
        QVERIFY(forms.contains(service));
        const FormDefinition& definition = forms[service];
        const FormField* field = definition.field(key);
        QVERIFY2(field, qPrintable(key));
        // The field alone on a step, shown whatever the answers before it (a bank card number only for
        // another account), drawn and tapped as on the kiosk.
        FormField alone = *field;
        alone.shownWhen = {};
        FormState state(FormDefinition{service, definition.title, {{definition.title, {alone}}}, {}});
        view->hide();                                  // the long form's room to this one
        auto page = std::make_unique<FormView>(state); // gone before the state it draws
        page->setOnScreenKeyboard(true);
        static_cast<QVBoxLayout*>(window->layout())
            ->insertWidget(1, page.get(), 1); // in the long form's place
        auto* line = page->findChild<QLineEdit*>(key);
        QVERIFY(line);
        page->scrollPage()->area()->ensureWidgetVisible(line);
        QTest::mouseClick(line, Qt::LeftButton, {}, QPoint(10, line->height() / 2));
        QTRY_COMPARE(QApplication::focusWidget(), line);
        QTRY_VERIFY(page->onScreenKeyboard()->isVisible());
        QCOMPARE(int(page->onScreenKeyboard()->numbers()), pad);
        QTRY_VERIFY2(in(window.get(), line).bottom() < page->onScreenKeyboard()->y(),
                     "the field above the keys");
        if (pad == int(OnScreenKeyboard::Numbers::IdNumber))
            save(QStringLiteral("keyboard-id-number.png"));
    }

    void datesGetThePickerAndThereIsOneScrollArea()
    {
        QVERIFY(view->findChild<DatePicker*>(QStringLiteral("since")));
        QVERIFY(!view->findChild<QDateEdit*>());
        int scrollAreas = 0;
        for (const QAbstractScrollArea* area : view->findChildren<QAbstractScrollArea*>())
            scrollAreas += !qobject_cast<const QPlainTextEdit*>(area); // a text box scrolls its own lines
        QCOMPARE(scrollAreas, 1);
        const QScrollArea* area = view->scrollPage()->area();
        QCOMPARE(area->verticalScrollBarPolicy(), Qt::ScrollBarAlwaysOff); // no thin desktop bar
        // The long form overflows: the page-down button shows and moves the page, page-up comes back.
        auto* down = view->findChild<QPushButton*>(QStringLiteral("pageDown"));
        auto* up = view->findChild<QPushButton*>(QStringLiteral("pageUp"));
        QTRY_VERIFY(down->isVisible());
        QVERIFY(!up->isVisible());
        QVERIFY(down->width() >= 60 && down->height() >= 60);
        QTest::mouseClick(down, Qt::LeftButton);
        QVERIFY(area->verticalScrollBar()->value() > 0);
        QVERIFY(up->isVisible());
        QTest::mouseClick(up, Qt::LeftButton);
        QCOMPARE(area->verticalScrollBar()->value(), 0);
    }

    void theKeyboardLeavesWithTheForm()
    {
        tapField(view->findChild<QLineEdit*>(QStringLiteral("street")));
        view->hide(); // the result page in its place
        QVERIFY(!view->onScreenKeyboard()->isVisible());
    }
};

QTEST_MAIN(TestFormInput)
#include "tst_forminput.moc"
