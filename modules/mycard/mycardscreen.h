#pragma once

#include "moduleapi/servicemodule.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ssc {

class MyCardScreen : public QWidget {
    Q_OBJECT
public:
    explicit MyCardScreen(const ModuleContext& context, QWidget* parent = nullptr);

    bool revealed() const { return m_revealed; }
    void setRevealed(bool revealed);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void toggleReveal();

    ModuleContext m_context;
    bool m_revealed = false;
    QVBoxLayout* m_cards;
    QPushButton* m_eye;
    QPushButton* m_back;
    QLabel* m_title;
};

} // namespace ssc
