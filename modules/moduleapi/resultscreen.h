#pragma once

#include "servicemodule.h"

class QBoxLayout;
class QHBoxLayout;
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
// in a page that scrolls by finger (ScrollPage). Screens put their own choices in the same page with
// placeBesideResults (beside the results on a wide screen, above them otherwise).
struct ResultScreenFrame {
    QPushButton* back;
    QLabel* title;
    QLabel* status;
    QVBoxLayout* results; // one QLabel#card per result
    QVBoxLayout* body;
    QWidget* resultsArea;     // the scrolling page around `results`: a screen that shows a document hides it
    DocumentActions* actions; // print (or, at a counter, save) the results as a receipt
    QBoxLayout* columns;      // inside resultsArea: the screen's choices (if any) and the results
    QHBoxLayout* top;         // Back, the title, and the screen's own action on the right (addTopAction)

    // Builds the frame into `screen` (which must have no layout yet); back calls context.back.
    static ResultScreenFrame build(QWidget* screen, const ModuleContext& context);

    void clearResults();
    // The print row out of the frame's layouts (under the page, or after the results where it has nothing
    // to tap), for a screen that places it itself.
    DocumentActions* takeActions();
    // For a screen whose results are its whole content (a list): where the print row has nothing to tap (a
    // kiosk without a printer, only the note saying so) it is read after the results and scrolls with them,
    // not a lone line fixed under the page.
    void readNoteAfterResults();
    // A themed card for one result: rich text the caller has already escaped.
    void addResultCard(const QString& richText);
    // Puts `controls` (the screen's own choices) in the results' page: left of the results on a screen wide
    // enough for both (1920 wide), above them otherwise; they scroll with the results, never squeezed.
    void placeBesideResults(QLayout* controls);
    // The screen's one action (send, refresh) right of the title, as the diagnostics page has it: it costs
    // no height of its own, so the status and the results keep the room (English elder at 1280 x 800).
    void addTopAction(QPushButton* action);
    // Offers the cards now shown as a printable receipt titled `title`; no cards, no receipt.
    void offerReceipt(const QString& receiptTitle);
};

// Every label's text under `widget`, one per line: what tests and screen readers check.
QString allLabelText(const QWidget* widget);

} // namespace ssc
