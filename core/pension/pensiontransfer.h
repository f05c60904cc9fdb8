#pragma once

#include "i18n/translatabletext.h"
#include "yearmonth.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ssc {

// 社保关系转移 (国办发〔2009〕66号; rules.md §8; the brief's section of that name): who may move an
// enterprise employee's pension relation to where they work now, from where, and where the pension will be
// drawn. Plain rules: the platform decides with them when the application is filed, the screen says them
// before the form.
struct InsuredPlace {
    QString province;    // two digits, "42"
    YearMonth firstPaid; // the first month paid there
    YearMonth lastPaid;  // the latest
    int monthsPaid = 0;  // in all, including months before the records began
    bool transferredOut =
        false; // its relation has moved on already (a later place shows months transferred in)

    double yearsPaid() const { return monthsPaid / 12.0; }
};

struct TransferPerson {
    QDate birthDate;
    bool female = false;
    QString householdProvince; // 户籍: two digits
    bool drawingPension = false;
    QList<InsuredPlace> places; // any order
};

struct TransferCheck {
    bool possible = false;
    QString code; // drawing_pension | not_insured | one_place | nothing_to_transfer | temporary_account
    TranslatableText reason;
    InsuredPlace to;          // where the person pays now: the transfer is asked for there (转入地)
    QList<InsuredPlace> from; // earlier places whose relation is still there, latest first
};

// Where the person pays now: the place of the latest month paid.
const InsuredPlace* currentPlace(const TransferPerson& person);
// 临时账户: a man of 50 or more, or a woman of 40 or more, first insured at a place that is not their
// household registration; no other relation may be moved into it.
bool isTemporaryAccount(const TransferPerson& person, const InsuredPlace& place);
TransferCheck checkTransfer(const TransferPerson& person);

// 待遇领取地: the household registration if the relation is there; else where it is if 10 years or more were
// paid there; else the latest earlier place with 10 years or more; else the household registration.
struct BenefitPlace {
    QString province;
    TranslatableText why;
};
BenefitPlace benefitPlace(const TransferPerson& person);

} // namespace ssc
