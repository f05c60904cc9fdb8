#pragma once

#include "servicemodule.h"

class QLabel;
class QLayout;
namespace ssc {
class DocumentActions;
}
class QPushButton;
class QVBoxLayout;
class QWidget;

namespace ssc {

// The frame every look-up screen shares, so they look like one product: a back button and a title on top,
// a status line (what is happening, how many were found, or why nothing was), then the results as cards
// in a scroll area. Screens add their own choices with `body->insertLayout(1, ...)`.
struct ResultScreenFrame {
    QPushButton* back;
    QLabel* title;
    QLabel* status;
    QVBoxLayout* results; // one QLabel#card per result
    QVBoxLayout* body;
    QWidget* resultsArea;     // the scroll area around `results`: a screen that shows a document hides it
    DocumentActions* actions; // print (or, at a counter, save) the results as a receipt

    // Builds the frame into `screen` (which must have no layout yet); back calls context.back.
    static ResultScreenFrame build(QWidget* screen, const ModuleContext& context);

    void clearResults();
    // A themed card for one result: rich text the caller has already escaped.
    void addResultCard(const QString& richText);
    // Puts `controls` (the screen's own choices) in a column left of the results instead of above them.
    void placeBesideResults(QLayout* controls);
    // Offers the cards now shown as a printable receipt titled `title`; no cards, no receipt.
    void offerReceipt(const QString& receiptTitle);
};

// Every label's text under `widget`, one per line: what tests and screen readers check.
QString allLabelText(const QWidget* widget);

} // namespace ssc
