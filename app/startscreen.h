#pragma once

#include <QWidget>

class QLabel;

namespace ssc {

// The first screen a citizen sees: how to be identified. Login paths arrive with the scanner (issue 4).
class StartScreen : public QWidget {
    Q_OBJECT
public:
    explicit StartScreen(QWidget* parent = nullptr);

    QString promptTitle() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_title;
    QLabel* m_detail;
};

} // namespace ssc
