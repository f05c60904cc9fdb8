#pragma once

#include <QSize>
#include <QWidget>

class QBoxLayout;
class QLabel;
class QPushButton;

namespace ssc {

struct CitizenSession;

// Counter mode: the citizen being served, beside every screen, until the clerk ends the case. Masked.
// Where the window is too narrow for a screen beside it (a portrait counter), it becomes a strip above the
// screen instead, so the screen keeps the whole width.
class CitizenPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int besideWidth = 320; // at least; wider where the masked number needs it in one line
    // Whether the panel stands beside the screen in a window of this size. A portrait screen (1080 px) has
    // height to spare for a strip and needs its width: beside it, the panel's column stood two-thirds empty
    // while the service tiles wrapped their words in two narrow columns. A landscape window has no height to
    // spare, and its screen keeps 960 px or more beside the panel.
    static bool fitsBeside(QSize window)
    {
        return window.width() > window.height() || window.width() - besideWidth >= 1280;
    }

    explicit CitizenPanel(QWidget* parent = nullptr);

    void showCitizen(const CitizenSession* session); // nullptr hides and wipes it
    QString text() const;
    // Beside the screen (a column, the case's facts a line each) or above it (a strip, the facts in a row).
    void setBeside(bool beside);
    bool beside() const { return m_beside; }

signals:
    void endCaseRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QString maskedNumber() const;
    void fitColumn();

    const CitizenSession* m_session = nullptr;
    bool m_beside = true;
    QBoxLayout* m_layout;
    QLabel* m_title;
    QLabel* m_details;
    QPushButton* m_end;
};

} // namespace ssc
