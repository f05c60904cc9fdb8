#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ssc {

struct CitizenSession;

// Counter mode: the citizen being served, beside every screen, until the clerk ends the case. Masked.
class CitizenPanel : public QWidget {
    Q_OBJECT
public:
    explicit CitizenPanel(QWidget* parent = nullptr);

    void showCitizen(const CitizenSession* session); // nullptr hides and wipes it
    QString text() const;

signals:
    void endCaseRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const CitizenSession* m_session = nullptr;
    QLabel* m_title;
    QLabel* m_details;
    QPushButton* m_end;
};

} // namespace ssc
