#pragma once

#include "moduleapi/servicemodule.h"

#include <QJsonObject>
#include <QWidget>

#include <functional>

class QBoxLayout;
class QGridLayout;
class QLabel;
class QPushButton;
class QTimer;

namespace ssc {

class DocumentActions;
class NoticeBanner;

// The citizen's social security card e-licence (社保卡电子证照, 亮证) on "My social security card"
// (docs/card-services.md, "The e-licence"): the platform's signed licence shown like a card, masked as
// every screen shows a person, with its verification code and the QR a phone takes away (a photo of it, or
// a QR app's saved text) to show at a counter while it is fresh. Opened again with one button when stale.
class ELicencePage : public QWidget {
    Q_OBJECT
public:
    explicit ELicencePage(const ModuleContext& context, QWidget* parent = nullptr);

    // Asks the platform for a freshly signed licence (done once when the page opens).
    void open();
    bool showingLicence() const { return !m_licence.isEmpty(); }
    QString qrText() const;
    QString fieldShown(const QString& name) const; // a field's label as on the screen, by its JSON key
    QString shownValue(const QString& name) const; // its value as on the screen
    DocumentActions* documentActions() const { return m_actions; }
    NoticeBanner* problem() const { return m_problem; }
    QPushButton* openAgainButton() const { return m_again; }

signals:
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    void arrange();

    ModuleContext m_context;
    QJsonObject m_licence; // the platform's answer, masked
    std::function<QString()> m_failure;
    bool m_sending = false;
    QLabel* m_title;
    QPushButton* m_back;
    QWidget* m_card;
    QGridLayout* m_fields;
    QLabel* m_qr;
    QLabel* m_qrCaption;
    QPushButton* m_again;
    NoticeBanner* m_problem;
    QTimer* m_stale;   // says when the shown QR is no longer fresh
    QBoxLayout* m_row; // the card and the code: side by side, or one under the other
    DocumentActions* m_actions;
};

} // namespace ssc
