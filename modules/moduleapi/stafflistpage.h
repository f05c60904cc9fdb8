#pragma once

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
    // A row of the list: its words, and the one button acting on it, in a widget of their own.
    struct Row {
        QLabel* label;
        QPushButton* button;
    };
    Row addRow();
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
