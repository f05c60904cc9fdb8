#pragma once

#include "platform/platformresult.h"
#include "printabledocument.h"
#include "records/rightsrecord.h"

#include <QObject>

namespace ssc {

class PlatformClient;

// The rights record service without widgets: which provinces answer national queries, and one record
// fetched, checked and laid out as a document (PDF bytes for the preview, the same layout for printing).
class RecordQuery : public QObject {
    Q_OBJECT
public:
    struct Province {
        QString code;
        QString name;
        int firstYear = 0;
        int lastYear = 0;    // the last closed year
        int currentYear = 0; // offered too, its record so far (with what was paid at the hall this year)
        QStringList openInsurances;
        QStringList closedInsurances;
    };

    explicit RecordQuery(PlatformClient* platform, QObject* parent = nullptr);

    void loadProvinces();
    const QList<Province>& provinces() const { return m_provinces; }
    const Province* province(const QString& code) const;

    // Answers with recordReady() or failed(); an answer to an earlier fetch that arrives late is dropped.
    void fetch(const QString& provinceCode, int year);
    const std::optional<RightsRecord>& record() const { return m_record; }
    const PrintableDocument& document() const { return m_document; }
    const QByteArray& pdf() const { return m_pdf; }
    // Timings of the last record, for the benchmark and the log: platform round trip, layout and PDF.
    qint64 lastFetchMs() const { return m_fetchMs; }
    qint64 lastBuildMs() const { return m_buildMs; }

    // Wipes the record (logout, another year): nothing of it stays in memory longer than it is shown.
    void clear();

signals:
    void provincesLoaded();
    void provincesFailed(const ssc::PlatformResult& result);
    void recordReady();
    void failed(const ssc::PlatformResult& result);

private:
    void present(const PlatformResult& result, qint64 startedMs);

    PlatformClient* m_platform;
    QList<Province> m_provinces;
    int m_request = 0;
    std::optional<RightsRecord> m_record;
    PrintableDocument m_document;
    QByteArray m_pdf;
    qint64 m_fetchMs = 0;
    qint64 m_buildMs = 0;
};

} // namespace ssc
