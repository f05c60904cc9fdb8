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
    // A button beside the words, in the order they are added (the first added is the primary action and the
    // first in Tab order).
    QPushButton* addAction(const QString& objectName);
    void clearActions();

    design::Tone tone() const { return m_tone; }
    QString headline() const;
    QString detail() const;

protected:
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void claimHeight(); // the height its words need at its width, as its minimum
    design::Tone m_tone = design::Tone::Info;
    QLabel* m_icon;
    QLabel* m_headline;
    QLabel* m_detail;
    QHBoxLayout* m_actions;
};

} // namespace ssc
