#pragma once

#include "cardtaskframe.h"
#include "domain/card.h"
#include "moduleapi/servicemodule.h"

#include <QByteArray>
#include <QWidget>

class QLabel;
class QPushButton;

namespace ssc {

class DocumentActions;

class NoticeBanner;
class ResultPage;

// Reporting one card lost (挂失) from "My social security card" (docs/card-services.md, "Report lost"): a
// page that says plainly what happens before anything does, the report filed by the platform, and the result
// with its receipt and the ways on. One idempotency key for the whole page: a "Try again" after no answer
// files the report once.
class ReportLostPage : public QWidget {
    Q_OBJECT
public:
    ReportLostPage(const ModuleContext& context, const Card& card, QWidget* parent = nullptr);

    bool showingResult() const;
    ResultPage* result() const { return m_frame.result; }
    DocumentActions* receipt() const { return m_frame.receipt; }
    NoticeBanner* warning() const { return m_warning; }
    const Card& card() const { return m_card; }
    QPushButton* confirmButton() const { return m_frame.confirm; }
    QPushButton* cancelButton() const { return m_frame.cancel; }
    NoticeBanner* problem() const { return m_problem; }

signals:
    void reported(const QString& cardIdentifier);         // the platform changed the card's status
    void backRequested();                                 // back to the cards
    void replaceRequested(const QString& cardIdentifier); // the next step after a report: a new card
    void homeRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void confirm();
    void retranslate();

    ModuleContext m_context;
    Card m_card;
    QByteArray m_key; // this page's one request
    bool m_sending = false;
    bool m_failed = false;
    bool m_settled = false;             // refused for the card's status: nothing to try again
    std::function<QString()> m_failure; // the platform's words, in the language of the moment
    std::function<QString()> m_advice;
    QString m_receipt;
    QLabel* m_cardLine;
    NoticeBanner* m_warning;
    NoticeBanner* m_problem;
    CardTaskFrame m_frame;
};

} // namespace ssc
