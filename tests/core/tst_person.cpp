// A person with cards in several regions, some of them unusable.
#include "domain/person.h"
#include "domain/terminalmode.h"

#include <QTest>

using namespace ssc;

class TestPerson : public QObject {
    Q_OBJECT

    static Card card(const char* region, CardStatus status)
    {
        Card c;
        c.regionCode = QString::fromLatin1(region);
        c.status = status;
        return c;
    }

private slots:
    void cardsInSeveralRegions()
    {
        Person p;
        p.cards = {card("110000", CardStatus::Lost), card("440300", CardStatus::Normal),
                   card("310000", CardStatus::Cancelled)};
        const QList<Card> usable = p.cardsWithUsableECard();
        QCOMPARE(usable.size(), 1);
        QCOMPARE(usable.front().regionCode, QStringLiteral("440300"));
        QCOMPARE(p.cardInRegion(u"110000")->status, CardStatus::Lost);
        QVERIFY(!p.cardInRegion(u"500000"));
    }

    void ageInFullYears()
    {
        Person p;
        QCOMPARE(p.ageOn(QDate(2026, 1, 1)), -1);
        p.birthDate = QDate(1960, 6, 15);
        QCOMPARE(p.ageOn(QDate(2026, 6, 14)), 65);
        QCOMPARE(p.ageOn(QDate(2026, 6, 15)), 66);
    }

    void terminalModes()
    {
        QCOMPARE(terminalModeFromKey(u"COUNTER"), std::optional<TerminalMode>(TerminalMode::Counter));
        QCOMPARE(terminalModeKey(TerminalMode::Field), QStringLiteral("field"));
        QVERIFY(!terminalModeFromKey(u"atm"));
    }
};

QTEST_GUILESS_MAIN(TestPerson)
#include "tst_person.moc"
