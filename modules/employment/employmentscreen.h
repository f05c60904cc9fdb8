#pragma once

#include "moduleapi/numberpad.h"
#include "moduleapi/resultscreen.h"

#include <QJsonObject>
#include <QWidget>

#include <functional>

namespace ssc {

// 就业创业证查询: the citizen enters the number of their certificate (brief: "录入证书编号"); at a counter
// the clerk may also look it up by the person in front of them. Shows the employment and unemployment history
// and the policies enjoyed; the number is masked once found.
class EmploymentScreen : public QWidget {
    Q_OBJECT
public:
    explicit EmploymentScreen(const ModuleContext& context, QWidget* parent = nullptr);

    void lookUp();         // by the number entered
    void lookUpByPerson(); // counter mode only
    NumberPad* pad() const { return m_pad; }
    bool waiting() const { return m_waiting; }
    bool found() const { return !m_certificate.isEmpty(); }
    QString statusText() const;
    QString resultsText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void request(const QString& path);
    void present();
    void retranslate();

    ModuleContext m_context;
    ResultScreenFrame m_frame;
    NumberPad* m_pad;
    QPushButton* m_lookUp;
    QPushButton* m_byPerson;
    bool m_waiting = false;
    QJsonObject m_certificate;
    std::function<QString()> m_failure; // said again in the language of the moment
};

} // namespace ssc
