#pragma once

#include "moduleapi/choicebuttons.h"
#include "moduleapi/documentactions.h"
#include "moduleapi/resultscreen.h"
#include "recordquery.h"

#include <QBuffer>
#include <QWidget>

class QPdfDocument;
class QPdfView;

namespace ssc {

// 查询社保权益记录单: choose the province (the citizen's own card region is offered first) and the year; the
// record is shown as the document it will print as (Qt Pdf), then printed, or saved at a counter. Provinces
// that have not opened an insurance say so before anything is fetched; "not open", "timed out" and "no
// record" are explained with what to do, and a timed-out query can be tried again with one tap.
class RecordsScreen : public QWidget {
    Q_OBJECT
public:
    explicit RecordsScreen(const ModuleContext& context, QWidget* parent = nullptr);
    ~RecordsScreen() override;

    // For tests and the buttons alike.
    void chooseProvince(const QString& code);
    void chooseYear(int year);
    void retry();

    bool provincesLoaded() const { return !m_query.provinces().isEmpty(); }
    bool showingRecord() const { return m_query.record().has_value(); }
    bool waiting() const { return m_waiting; }
    QString statusText() const;
    QString noteText() const;
    QStringList yearChoices() const { return m_years->keys(); }
    bool retryOffered() const;
    const RecordQuery& query() const { return m_query; }
    DocumentActions* actions() const { return m_actions; }

signals:
    void recordShown();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showProvinces();
    void showFailure(const PlatformResult& result);
    void showRecord();
    void retranslate();

    ModuleContext m_context;
    ResultScreenFrame m_frame;
    RecordQuery m_query;
    QLabel* m_provinceLabel;
    ChoiceButtons* m_provinces;
    QLabel* m_yearLabel;
    ChoiceButtons* m_years;
    QLabel* m_note;
    QPushButton* m_retry;
    QPdfDocument* m_pdf;
    QBuffer m_pdfBytes;
    QPdfView* m_preview;
    DocumentActions* m_actions;
    QString m_province;
    int m_year = 0;
    bool m_waiting = false;
    std::optional<PlatformResult> m_failure;
};

} // namespace ssc
