#pragma once

#include <QColor>
#include <QToolButton>

namespace ssc {

// One service on the home screen: its icon, its title in bold and its summary beneath in plain type, so the
// eye finds the service first and reads what it does second (a tool button draws all its text in one weight).
// The button's text() keeps both, broken into lines, for tests, screen readers and the size hint.
class ServiceTile : public QToolButton {
    Q_OBJECT
    // The summary's colour, from the theme (`qproperty-summaryColor`); the title's until the theme sets it.
    Q_PROPERTY(QColor summaryColor READ summaryColor WRITE setSummaryColor)
public:
    ServiceTile(const QString& title, const QString& summary, QWidget* parent = nullptr);

    QString title() const { return m_title; }
    QString summary() const { return m_summary; }
    // Breaks the title and the summary into the lines `textWidth` pixels hold in the theme's fonts.
    void wrapTo(int textWidth);
    // The widest word of the title or the summary in the theme's fonts (a Chinese title counts whole): a tile
    // narrower than this breaks a word in two ("certificatio / n"), so the home screen gives the tiles fewer,
    // wider columns instead.
    int widestWord() const;
    QColor summaryColor() const;
    void setSummaryColor(const QColor& colour) { m_summaryColor = colour; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QFont titleFont() const;

    QString m_title;
    QString m_summary;
    QStringList m_titleLines;
    QStringList m_summaryLines;
    QColor m_summaryColor;
};

} // namespace ssc
