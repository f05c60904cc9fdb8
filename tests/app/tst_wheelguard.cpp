// No value changes without an intended touch or keystroke (issue 17): a wheel passing over a date, a number
// or a list that is not being worked in scrolls the page; the field being worked in still takes the wheel.
#include "wheelguard.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace ssc;

class TestWheelGuard : public QObject {
    Q_OBJECT
    std::unique_ptr<QScrollArea> area;
    QDateEdit* date = nullptr;
    QSpinBox* years = nullptr;
    QComboBox* kind = nullptr;
    QLineEdit* other = nullptr;
    WheelGuard guard;

    // One notch of a mouse wheel turned towards the user, over the middle of `widget`.
    static void wheelOver(QWidget* widget)
    {
        const QPointF at = QPointF(widget->rect().center());
        QWheelEvent event(at, widget->mapToGlobal(at), {}, QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(widget, &event);
    }

private slots:
    void initTestCase() { qApp->installEventFilter(&guard); }

    void init()
    {
        area = std::make_unique<QScrollArea>();
        auto* page = new QWidget;
        auto* layout = new QVBoxLayout(page);
        other = new QLineEdit;
        date = new QDateEdit(QDate(2025, 7, 1));
        years = new QSpinBox;
        years->setRange(0, 50);
        years->setValue(15);
        kind = new QComboBox;
        kind->addItems({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        layout->addWidget(other);
        layout->addSpacing(600);
        for (QWidget* w :
             {static_cast<QWidget*>(date), static_cast<QWidget*>(years), static_cast<QWidget*>(kind)})
            layout->addWidget(w);
        layout->addSpacing(1200);
        area->setWidget(page);
        area->setWidgetResizable(true);
        area->resize(600, 400);
        area->show();
        QApplication::setActiveWindow(area.get());
        QVERIFY(QTest::qWaitForWindowActive(area.get()));
        other->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), other);
    }

    void aWheelOverAFieldNotInUseScrollsThePage()
    {
        for (QWidget* target :
             {static_cast<QWidget*>(date), static_cast<QWidget*>(years), static_cast<QWidget*>(kind)}) {
            const int scrolled = area->verticalScrollBar()->value();
            wheelOver(target);
            QVERIFY2(area->verticalScrollBar()->value() > scrolled, target->metaObject()->className());
        }
        QCOMPARE(date->date(), QDate(2025, 7, 1));
        QCOMPARE(years->value(), 15);
        QCOMPARE(kind->currentIndex(), 0);
    }

    void theFieldBeingWorkedInTakesTheWheel()
    {
        years->setFocus();
        QTRY_VERIFY(years->hasFocus());
        wheelOver(years);
        QCOMPARE(years->value(), 14); // a notch towards the user steps down
    }
};

QTEST_MAIN(TestWheelGuard)
#include "tst_wheelguard.moc"
