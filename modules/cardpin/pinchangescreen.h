#pragma once

#include "moduleapi/servicemodule.h"
#include "pinchangeflow.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QStackedLayout;

namespace ssc {

class NoticeBanner;
class PinPadScreen;
class ResultPage;

// 修改社保卡密码 at a kiosk: the shuffled PIN pad asks for the current PIN, the new one and the new one again
// (a weak or mismatched one refused with the reason); the card changes it and the platform is told
// (PinChangeFlow). While the card works the screen says to leave the card in; a card taken out mid-change is
// asked back; the end says plainly which PIN the card now holds. On a reader with its own PIN pad the screen
// only says what to type on the reader's keys (PinChangeFlow::onPad).
class PinChangeScreen : public QWidget {
    Q_OBJECT
public:
    explicit PinChangeScreen(const ModuleContext& context, QWidget* parent = nullptr);
    ~PinChangeScreen() override;

    PinChangeFlow* flow() const { return m_flow.get(); } // null until the card is in
    PinPadScreen* pinPad() const { return m_pad; }
    NoticeBanner* notice() const { return m_notice; }
    // Over the notice while a card is asked for: the card going face up, chip end first, into the
    // reader (docs/glossary.md, 插卡).
    QLabel* insertPicture() const { return m_insertPicture; }
    ResultPage* result() const { return m_result; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void startWith(const QString& cardIdentifier);
    void show(PinChangeFlow::State state);
    void showWords(PinChangeFlow::State state);
    void showWaiting();
    void showPadWords();
    void showResult(PinChangeFlow::State state);
    void retranslate();

    ModuleContext m_context;
    std::unique_ptr<PinChangeFlow> m_flow;
    QStackedLayout* m_pages;
    QWidget* m_waitingPage;
    QPushButton* m_back;
    QLabel* m_title;
    NoticeBanner* m_notice;
    QLabel* m_insertPicture;
    PinPadScreen* m_pad;
    ResultPage* m_result;
};

} // namespace ssc
