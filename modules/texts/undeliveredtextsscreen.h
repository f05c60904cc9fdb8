#pragma once

#include "moduleapi/stafflistpage.h"

#include <QJsonArray>
#include <QWidget>

class QLabel;
class QPushButton;

namespace ssc {

// 未送达的短信, at a counter, for a reviewer: the review texts that failed (the gateway refused them until
// their attempts ran out) or were reported undelivered, newest first, each with the receipt, the masked
// number, why and the text itself, and a button that sends it again (docs/notifications.md). Without an SMS
// gateway configured the screen says so: texts wait, nothing fails.
class UndeliveredTextsScreen : public StaffListPage {
    Q_OBJECT
public:
    explicit UndeliveredTextsScreen(const ModuleContext& context, QWidget* parent = nullptr);

    bool loaded() const { return m_loaded; }
    int textCount() const { return int(m_texts.size()); }
    int rowCount() const { return int(m_rowLabels.size()); } // the newest few only
    QString rowText(int index) const;
    void sendAgain(int index); // what the row's button does

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void load(const QStringList& states, QJsonArray collected);
    void rebuildRows();
    void retranslate();
    QString describe(const QJsonObject& text) const;

    QJsonArray m_texts;
    bool m_gateway = true;
    bool m_loaded = false;
    bool m_busy = false;
    QString m_problem;
    QList<QLabel*> m_rowLabels;
    QList<QPushButton*> m_rowButtons;
};

} // namespace ssc
