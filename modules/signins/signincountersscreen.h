#pragma once

#include "moduleapi/stafflistpage.h"

#include <QJsonArray>
#include <QWidget>

class QLabel;
class QPushButton;

namespace ssc {

// 登录失败记录, at a counter, for the hall manager: the accounts and terminals with wrong sign-ins in a row,
// blocked ones first with when their block ends, each with a button that clears its counter (the platform
// audits it). User names no account has are only counted: they may be passwords typed into the name field.
class SignInCountersScreen : public StaffListPage {
    Q_OBJECT
public:
    explicit SignInCountersScreen(const ModuleContext& context, QWidget* parent = nullptr);

    bool loaded() const { return m_loaded; }
    int counterCount() const { return int(m_counters.size()); }
    QString rowText(int index) const;
    void clear(int index); // what the row's button does

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void rebuildRows();
    void retranslate();
    QString describe(const QJsonObject& counter) const;
    QString terminal(const QJsonObject& counter) const;
    bool blocked(int index) const; // the counter's holder cannot sign in until its block ends

    QJsonArray m_counters;
    int m_unknownNames = 0;
    bool m_loaded = false;
    bool m_busy = false;
    QString m_problem;
    QList<QLabel*> m_rowLabels;
    QList<QPushButton*> m_rowButtons;
};

} // namespace ssc
