#pragma once

#include "moduleapi/resultscreen.h"

#include <QPointer>
#include <QWidget>

class QPushButton;

namespace ssc {

class NoticeBanner;
struct OutboxItem;

// 待发送 on a home visit: what the visiting staff member has filed that has not reached the platform yet
// (masked labels and times only), whether the last try failed and why, and a button to try now.
class OutboxScreen : public QWidget {
    Q_OBJECT
public:
    explicit OutboxScreen(const ModuleContext& context, QWidget* parent = nullptr);
    QString statusText() const;
    int waiting() const;
    // What an item is, in the language of the moment, worded from its service key; an item kept before the
    // key was stored shows the words it was kept with.
    static QString labelOf(const OutboxItem& item);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    ModuleContext m_context;
    ResultScreenFrame m_frame;
    QPushButton* m_send;
    QPointer<NoticeBanner> m_banner; // a failed send, unreadable items, or all sent; null: none
};

} // namespace ssc
