#pragma once

#include "domain/card.h"
#include "moduleapi/servicemodule.h"
#include "privacy/masking.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QStackedLayout;
class QTimer;
class QVBoxLayout;

namespace ssc {

class ChoiceButtons;
class ELicencePage;
class ReportLostPage;
class ReplaceCardPage;
class NoticeBanner;

class MyCardScreen : public QWidget {
    Q_OBJECT
public:
    explicit MyCardScreen(const ModuleContext& context, QWidget* parent = nullptr);

    bool revealed() const { return m_revealed; }
    void setRevealed(bool revealed);
    // The person's access log over this screen (kiosks: "Who used my data"); Back returns here.
    void openAccessLog();
    QWidget* accessLog() const { return m_accessLog; }
    // Reporting one of the cards lost over this screen (kiosks and counters); Back returns here.
    void openReportLost(const QString& cardIdentifier);
    ReportLostPage* reportLost() const { return m_reportLost; }
    // Applying for a replacement of a card in use or reported lost (kiosks and counters); Back returns here.
    void openReplaceCard(const QString& cardIdentifier);
    ReplaceCardPage* replaceCard() const { return m_replaceCard; }
    // The person's e-licence (亮证) over this screen (kiosks, after a login with the card and its PIN or the
    // e-card code); Back returns here.
    void openELicence();
    ELicencePage* eLicence() const { return m_eLicence; }

    static constexpr int revealMilliseconds = 60 * 1000; // full numbers hide again by themselves

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void toggleReveal();
    void closeAccessLog();
    void closeReportLost();
    void closeReplaceCard();
    void closeELicence();
    bool offersELicence(const Card& card) const;
    Card shownCard(const Card& card) const; // with its status as the platform last answered it
    void reveal(const QString& reason); // the audited reveal: staff with a reason, or the person at a kiosk
    // A value as this screen shows it: masked, or whole while revealed (the platform's answer to the audited
    // reveal; `card` empty for the person's own fields).
    QString shown(const QString& value, MaskKind kind, const QString& field, const QString& card = {}) const;

    ModuleContext m_context;
    bool m_revealed = false;
    QJsonObject m_full; // the reveal's answer: the whole values, for as long as they are shown
    QStackedLayout* m_pages;
    QWidget* m_cardsPage;
    QWidget* m_accessLog = nullptr;
    ReportLostPage* m_reportLost = nullptr;
    ReplaceCardPage* m_replaceCard = nullptr;
    ELicencePage* m_eLicence = nullptr;
    // Cards reported lost here since the login (identifier → status): the session holds the login's.
    QHash<QString, CardStatus> m_statusNow;
    QTimer* m_hideAgain;
    QVBoxLayout* m_cards;
    QPushButton* m_eye;
    QPushButton* m_accessLogButton;
    QPushButton* m_back;
    QLabel* m_title;
    QLabel* m_person;                      // name and number, masked unless revealed
    QWidget* m_scroll;                     // the cards' page
    QWidget* m_whyBox;                     // a counter: why the numbers are shown, asked before the reveal
    NoticeBanner* m_why;                   // the question, or why the reveal was not recorded
    ChoiceButtons* m_reasons;              // citizen_asked, check_document, correct_record
    std::function<QString()> m_whyFailure; // the platform's words when the reveal was not recorded
};

} // namespace ssc
