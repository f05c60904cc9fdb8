#pragma once

#include "designsystem.h"

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace ssc {

// A notice across a screen: info, success, warning or error, each with its icon, its colour and words (a
// headline saying what happened, a detail saying what to do), and the buttons to do it. Everything that
// tells a citizen how things stand uses it, so the same news always looks the same.
class NoticeBanner : public QFrame {
    Q_OBJECT
public:
    explicit NoticeBanner(QWidget* parent = nullptr);

    void setNotice(design::Tone tone, const QString& headline, const QString& detail = {});
    // How a button stands among the banner's others: the one action the notice asks for (at most one, drawn
    // filled), or another answer (staying where the primary was not, one of several equal choices).
    enum class Emphasis { Primary, Secondary };
    // A button under the words. The primary keeps the row's right end, as on every page (EXPERIENCE.md
    // question 1); the others stand before it in the order they are added; Tab goes left to right.
    QPushButton* addAction(const QString& objectName, Emphasis emphasis = Emphasis::Primary);
    void clearActions();
    // The buttons right of the words instead of under them: a short notice with one button (a form's error
    // summary) then costs a row less, which keeps it whole above the fold of a 1280 x 800 kiosk in the elder
    // theme.
    void placeActionsBeside();

    design::Tone tone() const { return m_tone; }
    QString headline() const;
    QString detail() const;

protected:
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void claimHeight();                    // the height its words need at its width, as its minimum
    void orderTabStops();                  // Tab through the buttons as they stand, left to right
    void keepWidth(QWidget* button) const; // beside the words: its own width, the words the rest
    design::Tone m_tone = design::Tone::Info;
    QLabel* m_icon;
    QLabel* m_headline;
    QLabel* m_detail;
    QHBoxLayout* m_actions;
    QHBoxLayout* m_actionsRow; // under the words, right-aligned; empty once the actions are beside them
};

} // namespace ssc
