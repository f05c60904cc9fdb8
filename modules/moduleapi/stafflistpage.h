#pragma once

#include "designsystem.h"
#include "servicemodule.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ssc {

class NoticeBanner;

// The frame of a staff task that lists things to act on at a counter (the hall manager's wrong sign-ins, a
// reviewer's undelivered texts): Back and the title on top, a notice saying how the list stands, then the
// rows the screen puts in rows(), scrolled by finger or page buttons when they are many. Back goes where the
// context says.
class StaffListPage : public QWidget {
    Q_OBJECT
public:
    QString statusText() const; // the notice's headline and detail, for tests

protected:
    explicit StaffListPage(const ModuleContext& context, QWidget* parent = nullptr);

    QVBoxLayout* rows() const { return m_rows; }
    // A row of the list, a card of its own: how it stands (a tone's icon, once set), its words, and the one
    // button acting on it (hidden while it has no text).
    struct Row {
        QLabel* label;
        QPushButton* button;
        QLabel* icon;
        QWidget* frame;
    };
    Row addRow();
    // The row's status by shape and colour (the tone's icon and its edge), besides its words: a blocked
    // account, a terminal needing attention, never told by colour alone.
    static void setRowTone(const Row& row, design::Tone tone);
    void clearRows(); // every row addRow made, deleted whole (never from inside a row's own click)

    ModuleContext m_context;
    QLabel* m_title;
    NoticeBanner* m_notice;
    QPushButton* m_back;

private:
    QVBoxLayout* m_rows;
    QList<QWidget*> m_rowWidgets;
};

} // namespace ssc
