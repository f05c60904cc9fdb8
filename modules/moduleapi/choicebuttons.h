#pragma once

#include <QAbstractButton>
#include <QWidget>

class QButtonGroup;
class QGridLayout;

namespace ssc {

// A picker of large, tappable buttons (kiosks choose, they do not type): regions, kinds, years. One choice
// at a time; `columns` buttons a row so long English labels never widen the screen. From a keyboard (a clerk
// at a counter) the whole picker is one Tab stop: digits 1-9 choose the n-th option at once, arrow keys
// move between options and Space chooses the one in focus.
class ChoiceButtons : public QWidget {
    Q_OBJECT
public:
    explicit ChoiceButtons(int columns, QWidget* parent = nullptr);

    // Replaces the choices: (key, label) in order. Nothing is chosen afterwards.
    void setChoices(const QList<std::pair<QString, QString>>& choices);
    // Relabels the existing choices (after a language change): key → label.
    template <typename LabelOf> void relabel(LabelOf labelOf)
    {
        for (const auto& [key, button] : buttons()) {
            button->setProperty(labelProperty, labelOf(key));
            button->setText(labelOf(key)); // wrapped again where it is too wide (place())
        }
        m_placedColumns = 0;
        place();
    }
    // Marks `key` as chosen without emitting chosen(); an unknown key clears the choice.
    void setChosen(const QString& key);
    QString chosenKey() const;
    QStringList keys() const;
    QStringList labels() const; // the words on the buttons, in order
    // Taps the button for `key` as a finger would (tests, and the screens' defaults).
    void click(const QString& key);
    // Puts the keyboard focus on the picker (its chosen option, or the first).
    void focusChoice();

    // As narrow as one column of its widest choice, whatever the columns placed now, its words wrapped: a
    // scroll area that sizes its page by the minimum would otherwise widen the page for the columns (or for
    // one long label), which then change with the width.
    QSize minimumSizeHint() const override;

signals:
    void chosen(const QString& key);

protected:
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static constexpr const char* labelProperty = "choiceLabel"; // the words, before wrapping
    void makeTabStop(QAbstractButton* button);                  // the one button Tab reaches
    QList<std::pair<QString, QAbstractButton*>> buttons() const;

    int m_columns;           // at most, when the words fit
    int m_placedColumns = 0; // as placed now: fewer when a label would be cut
    void place();
    QGridLayout* m_grid;
    QButtonGroup* m_group;
};

} // namespace ssc
