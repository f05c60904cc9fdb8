#pragma once

#include "moduleapi/resultscreen.h"

#include <QJsonArray>
#include <QWidget>

#include <functional>

namespace ssc {

// 技工院校毕业证书查询: the logged-in person's diplomas from technician colleges, senior technical schools
// and technical schools, graduated 2015-06-30 or later (the national system's range); no input needed.
class DiplomasScreen : public QWidget {
    Q_OBJECT
public:
    explicit DiplomasScreen(const ModuleContext& context, QWidget* parent = nullptr);

    bool loaded() const { return m_loaded; }
    int diplomaCount() const { return int(m_diplomas.size()); }
    QString statusText() const;
    QString resultsText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void present();
    void retranslate();

    ModuleContext m_context;
    ResultScreenFrame m_frame;
    bool m_loaded = false;
    QJsonArray m_diplomas;
    std::function<QString()> m_failure; // said again in the language of the moment
};

} // namespace ssc
