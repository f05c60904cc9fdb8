#pragma once

#include "fleet/compatibility.h"

#include <QWidget>

class QLabel;
class QSvgWidget;

namespace ssc {

// The whole screen while the terminal may not serve (docs/operations.md, "Updates"): calm words for the
// citizen — it is waiting for an update, staff know, use another terminal or a counter — and one line for
// staff with the versions where only staff see it. No button: there is nothing a citizen can do here.
class OutOfServiceScreen : public QWidget {
    Q_OBJECT
public:
    explicit OutOfServiceScreen(QWidget* parent = nullptr);

    // `forStaff`: the versions are shown too (counters and laptops, which only staff use; a kiosk logs them).
    void show(fleet::Compatibility why, int platformApi, const QString& minimumVersion,
              const QString& ownVersion, bool forStaff);
    QString title() const;
    QString staffLine() const;
    bool staffLineShown() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    fleet::Compatibility m_why = fleet::Compatibility::Ok;
    int m_platformApi = 0;
    QString m_minimum;
    QString m_version;
    QSvgWidget* m_icon;
    QLabel* m_title;
    QLabel* m_message;
    QLabel* m_advice;
    QLabel* m_staff;
};

} // namespace ssc
