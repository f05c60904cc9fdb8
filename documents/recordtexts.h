#pragma once

#include "records/rightsrecord.h"

#include <QCoreApplication>

namespace ssc {

// The words a rights record is written in, shared by the printed document and the on-screen summary.
class RecordTexts {
    Q_DECLARE_TR_FUNCTIONS(RecordTexts)
public:
    static QString insurance(const QString& key, RecordVariant variant);
    static QString account(const QString& key);
    static QString variant(RecordVariant variant);
    static QString sex(const QString& key);
    // ● paid, △ arrears, ○ transferred in, – not due (rules.md §10).
    static QString markSymbol(MonthMark mark);
    static QString legend();
};

} // namespace ssc
