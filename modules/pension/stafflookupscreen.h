#pragma once

#include "moduleapi/resultscreen.h"
#include "platform/platformresult.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ssc {

// 代他人认证 at a counter, 上门服务 on a home visit: the clerk or visiting staff member types the person's
// name and social security number (both must match the record), then the person does the face part.
class StaffLookupScreen : public QWidget {
    Q_OBJECT
public:
    explicit StaffLookupScreen(const ModuleContext& context, QWidget* parent = nullptr);
    void lookUp(const QString& name, const QString& ssn);
    QString statusText() const;

signals:
    void found(qint64 person, const QString& maskedName);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    ModuleContext m_context;
    ResultScreenFrame m_frame;
    QLineEdit* m_name;
    QLineEdit* m_ssn;
    QLabel* m_nameLabel;
    QLabel* m_ssnLabel;
    QPushButton* m_search;
    std::optional<PlatformResult> m_refusal; // kept whole: said again in the language of the moment
    bool m_busy = false;
};

} // namespace ssc
