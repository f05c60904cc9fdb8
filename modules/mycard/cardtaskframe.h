#pragma once

#include <QList>

class QLabel;
class QPushButton;
class QStackedLayout;
class QWidget;

namespace ssc {

class ResultPage;

// What the card pages of "My social security card" share (report lost, apply for a new card): Back and the
// page's title above; the form, scrolled, with Cancel and its one primary action fixed under it, bottom right
// as on every form; and the result page in the form's place once done.
class CardTaskFrame {
public:
    // Builds into `page` (its layout), the form made of `content` in order.
    CardTaskFrame(QWidget* page, const QList<QWidget*>& content, const char* confirmName,
                  const char* cancelName);

    // The result's headline says where one is and its buttons lead on: the header would only push them below
    // the fold in large type, so Back and the title go.
    void showResult();
    // Back to the form (a task tried again from its result).
    void showForm();
    bool showingResult() const;

    QLabel* const title;
    QPushButton* const back;
    QPushButton* const confirm;
    QPushButton* const cancel;
    ResultPage* const result;

private:
    QStackedLayout* m_pages;
    QWidget* m_actions; // Cancel and the primary action, under the form only
};

} // namespace ssc
