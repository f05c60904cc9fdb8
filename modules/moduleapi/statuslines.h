#pragma once

#include "designsystem.h"

#include <QList>
#include <QWidget>

class QVBoxLayout;

namespace ssc {

// Lines of status, each with its tone's icon before its words (the diagnostics page: each device, the
// platform): how each stands by shape and colour as well as by words, so a technician sees the broken one
// first. A problem's words take its tone's colour; a good or neutral line keeps the body colour.
class StatusLines : public QWidget {
    Q_OBJECT
public:
    struct Line {
        design::Tone tone;
        QString text;
    };

    explicit StatusLines(QWidget* parent = nullptr);

    void setLines(const QList<Line>& lines);
    void setLine(design::Tone tone, const QString& text) { setLines({{tone, text}}); }
    QString text() const; // the lines' words, one a line
    QList<Line> lines() const { return m_lines; }

private:
    QVBoxLayout* m_layout;
    QList<Line> m_lines;
};

} // namespace ssc
