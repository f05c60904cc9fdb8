#pragma once

#include "moduleapi/resultscreen.h"

#include <QJsonArray>
#include <QWidget>

#include <functional>

namespace ssc {

// The certificates the platform holds for the logged-in person, one card each, numbers masked.
class QualificationsScreen : public QWidget {
    Q_OBJECT
public:
    explicit QualificationsScreen(const ModuleContext& context, QWidget* parent = nullptr);

    void reload();
    bool loaded() const { return m_loaded; }
    int certificateCount() const { return static_cast<int>(m_certificates.size()); }
    QString statusText() const;
    QString resultsText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void present(const QJsonArray& certificates);
    void retranslate();

    ModuleContext m_context;
    QJsonArray m_certificates;
    bool m_loaded = false;
    std::function<QString()> m_failure; // said again in the language of the moment // the platform's own
                                        // message when the look-up failed
    ResultScreenFrame m_frame;
};

} // namespace ssc
