#pragma once

#include <QBoxLayout>
#include <QObject>

#include <functional>

namespace ssc {

// One layout for every screen shape (issue 17: 1280 x 800, 1920 x 1080 and the portrait 1080 x 1920 hall
// kiosk): a box whose parts stand side by side when `sideBySide(size of the watched widget)` says there is
// the room, one above the other otherwise, decided again whenever the widget is resized.
class BoxByShape : public QObject {
public:
    using Rule = std::function<bool(QSize)>;
    // Owned by `watched`.
    static void arrange(QWidget* watched, QBoxLayout* box, Rule sideBySide);
    static bool landscape(QSize size) { return size.width() > size.height(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    BoxByShape(QWidget* watched, QBoxLayout* box, Rule sideBySide);
    void apply(QSize size);

    QBoxLayout* m_box;
    Rule m_sideBySide;
};

} // namespace ssc
