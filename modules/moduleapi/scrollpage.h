#pragma once

#include <QWidget>

#include <optional>

class QBoxLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace ssc {

// Content taller than its room, scrolled the way a kiosk is used: by finger, with momentum (QScroller), and
// with two large page buttons beside it instead of a thin desktop scroll bar. The buttons are there only
// while there is more to see in their direction; while the page scrolls their column keeps its width, so
// nothing moves sideways when they come and go, and a page that fits has the whole width. One per page: a
// screen never puts a ScrollPage (or any scroll area) inside another.
class ScrollPage : public QWidget {
    Q_OBJECT
public:
    // Beside: the page buttons in a column at the right of the content. Owner: the owner places
    // pageUpButton() and pageDownButton() itself (a form puts them in its row of actions, costing no height).
    enum class Buttons { Beside, Owner };
    explicit ScrollPage(QWidget* content, Buttons buttons = Buttons::Beside, QWidget* parent = nullptr);

    QScrollArea* area() const { return m_area; }
    QPushButton* pageUpButton() const { return m_up; }
    QPushButton* pageDownButton() const { return m_down; }
    // Beside only: where the reader is, "2/3", between the buttons while the page scrolls and is tall enough
    // for the three.
    QLabel* pageCount() const { return m_count; }
    int pageNumber() const;
    int pageTotal() const;
    // Scrolls as little as needed so that `rect` (in the content's coordinates) shows whole, its top first
    // when it is taller than the room, with `bottomCovered` pixels at the bottom of the room hidden by
    // something drawn over them (the on-screen keyboard).
    void reveal(const QRect& rect, int bottomCovered = 0);
    void pageUp();
    // A page on, less what was cut at the foot: whatever the fold cut through (a line, a tile, a button)
    // comes whole at the top of the next page instead of being torn twice.
    void pageDown();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;

private:
    void updateButtons();
    // The top of the outermost part of the content that the viewport's foot cuts through, if any.
    std::optional<int> topOfWhatTheFootCuts() const;
    // Beside: ▲ over ▼ where the page is tall enough for both, ▲ beside ▼ where it is not (the elder
    // interface at a 1280 x 800 counter), so a short page needs the height of one button only.
    void placeButtons();
    void retranslate();

    QScrollArea* m_area;
    QPushButton* m_up;
    QPushButton* m_down;
    QLabel* m_count;
    QBoxLayout* m_buttonColumn = nullptr; // Beside only
    bool m_countFits = false;             // placeButtons decides, by the page's height
};

} // namespace ssc
