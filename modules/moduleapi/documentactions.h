#pragma once

#include "printabledocument.h"
#include "printservice.h"
#include "servicemodule.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace ssc {

// The row under a document on screen: Print (when the terminal has a printer), Save as PDF (counter mode:
// the clerk files or e-mails it), and a line that says what the printer is doing or why it did not print.
// A failed print can always be tried again: the printer is checked afresh each time. A kiosk without a
// printer offers the way to a paper copy beside its note: the service outlets (not on the outlets' own page).
class DocumentActions : public QWidget {
    Q_OBJECT
public:
    explicit DocumentActions(const ModuleContext& context, QWidget* parent = nullptr);

    // The document on screen and, when already written, its PDF (otherwise written when first printed or
    // saved); an empty document hides the row.
    void setDocument(const PrintableDocument& document, const QByteArray& pdf = {});
    void clear();

    // What the buttons do, for tests and keyboard users alike.
    void print();
    bool saveTo(const QString& path);
    // The document as PDF, as it prints and saves (written on first need).
    const QByteArray& pdf();

    QString statusText() const;
    bool printing() const;
    QPushButton* printButton() const { return m_print; }
    QPushButton* saveButton() const { return m_save; }
    // Whether the row has a button to tap (Print or Save), or only words ("this terminal has no printer").
    bool offersATap() const;
    // "Find a service counter" beside the no-printer note (kiosks that can open the outlets); the outlets'
    // own page turns it off.
    QPushButton* outletsButton() const { return m_outlets; }
    void setOutletsOffered(bool offered);

signals:
    void printFinished(const ssc::PrintOutcome& outcome);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QString noPrinterNote() const; // what the row says when the terminal has no printer
    void chooseFileAndSave();

    ModuleContext m_context;
    PrintableDocument m_document;
    QByteArray m_pdf;
    QPushButton* m_print;
    QPushButton* m_save;
    QPushButton* m_outlets;
    QLabel* m_status;
    std::optional<PrintOutcome> m_lastOutcome;
    QString m_savedTo;
};

} // namespace ssc
