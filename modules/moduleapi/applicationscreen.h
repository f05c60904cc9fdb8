#pragma once

#include "citizenconfirmation.h"
#include "forms/formstate.h"
#include "formview.h"
#include "resultpage.h"
#include "resultscreen.h"

#include <QJsonObject>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace ssc {

class NoticeBanner;

// What every application screen shares (unemployment registration, benefit claim, dispute intake): the
// person's applications of this kind are looked up first and their status shown; who may apply is checked
// before anything is typed; then the form, the review with the commitment, and a submission filed once
// however often it is retried (the form's idempotency key survives a failed try, and nothing typed is lost).
// A subclass says what its pages say and what is checked before the form.
class ApplicationScreen : public QWidget, public CitizenConfirmation {
    Q_OBJECT
public:
    enum class Page { Loading, Refused, Status, Form, Submitting, Filed };
    Page page() const { return m_page; }
    FormState& form() { return *m_form; }
    const FormState& form() const { return *m_form; }
    FormView* formView() const { return m_view; }
    void submit();
    void startAgain(); // from the status page: a new application
    // A clerk's form at the review, waiting for the citizen to confirm it with their own code or card.
    bool awaitingConfirmation() const override;
    // The citizen's code (scanned) or card (read, its PIN checked by the card): confirmed, then filed.
    void confirmWithCode(const QString& code) override;
    void confirmWithCard(const QJsonObject& cardProof) override;
    // The card's PIN was not confirmed (locked, cancelled): said on the form, which waits.
    void confirmationFailed() override;
    QString statusText() const;
    // How the service ended (filed, or not possible now): icon, headline, what next, the receipt.
    const ResultPage* resultPage() const { return m_result; }
    // Why the last try did not file, above the form: shown only while it matters.
    const NoticeBanner* problemNotice() const { return m_problem; }

protected:
    ApplicationScreen(const ModuleContext& context, QString kind, QWidget* parent);
    ~ApplicationScreen() override; // a clerk's unfinished form goes to the drafts

    // Starts the screen: the person's applications, then the status page or beforeForm().
    void load();
    // Asks what must be known before the form (eligibility); ends in refuse() or openForm().
    virtual void beforeForm() = 0;
    virtual QString titleText() const = 0;
    virtual QString introText() const = 0;
    // What is said above the review's answers: the intro, unless it only said how the form goes (the
    // registration's "three short steps"), which is not said again there.
    virtual QString reviewIntroText() const { return introText(); }
    virtual QString submittingText() const = 0;
    virtual QString filedText(const QString& receipt) const = 0;
    virtual QString againText() const = 0;
    // Where the form is filed: the applications, unless the screen's form asks something else of an
    // application (a returned payment's new account).
    virtual QString filingPath() const;
    // The platform's answer to the filing: by default a new application, newest first.
    virtual void filed(const QJsonObject& answer);
    virtual QString filedHeadline() const;
    // Draws the status page — cards in the frame's results, if the screen has any — and answers its text.
    virtual QString showStatus() = 0;
    // A status that ends the service here (an approved claim): shown on the result page with its icon, the
    // receipt and Home, showStatus()'s text as what comes next. None: the status page as the screen draws it.
    struct StatusEnd {
        design::Tone tone = design::Tone::Info;
        QString headline;
        QString receipt;
    };
    virtual std::optional<StatusEnd> statusEnd() const { return std::nullopt; }
    // Whether the person may start another from the status page.
    virtual bool mayApplyAgain() const;
    // How a refusal's result page is headed: a warning that it cannot be done, unless the screen has a way
    // on.
    virtual design::Tone refusalTone() const { return design::Tone::Warning; }
    virtual QString refusalHeadline() const;
    // A custom editor for a field kind FormView does not draw itself (files); null: FormView's own.
    virtual QWidget* customEditor(const FormField&) { return nullptr; }
    // How the review words such a field; a null string: FormView's own wording.
    virtual QString customDisplay(const FormField&, const QString&) const { return {}; }

    // The message is asked for again on a language change, so it always speaks the current language.
    using Message = std::function<QString()>;
    void refuse(Message message);
    void openForm(FormDefinition definition);
    void retranslate();
    const QList<QJsonObject>& applications() const { return m_applications; } // this kind, newest first
    const QString& kind() const { return m_kind; }
    // Goes on to another kind of application on the same screen (a refusal that leads into the claim that
    // is due instead): its applications looked up, then its status or its form.
    void switchKind(const QString& kind);
    ResultPage* result() { return m_result; }
    // The latest application as the platform now has it (after a filing that changed it).
    void replaceLatestApplication(const QJsonObject& application);
    // The status page whether or not anything was filed yet (a screen whose choices live there).
    void showStatusPage() { showPage(Page::Status); }
    const ModuleContext& context() const { return m_context; }
    ResultScreenFrame& frame() { return m_frame; }

    void changeEvent(QEvent* event) override;

private:
    void showPage(Page page);

    ModuleContext m_context;
    QString m_kind;
    ResultScreenFrame m_frame;
    std::unique_ptr<FormState> m_form;
    FormView* m_view = nullptr;
    QPushButton* m_again;
    ResultPage* m_result;
    Page m_page = Page::Loading;
    QList<QJsonObject> m_applications;
    Message m_message; // a refusal, or why the last submission failed
    // How the last submission (or the citizen's confirmation) failed. No answer is not a refusal: the
    // platform may have filed it, so the banner says nothing typed is lost and a retry files it only once.
    enum class Failure { None, NoAnswer, Refused };
    Failure m_failure = Failure::None;
    NoticeBanner* m_problem;
    QPushButton* m_tryAgain;
    QString m_receipt;      // of the application just filed
    QString m_confirmation; // the citizen's one-time confirmation, at a counter or on a visit
    QString m_personKey;    // whose drafts these are (a hash of the number: the session may be gone by then)

    void confirm(const QJsonObject& proof);
    void failed(Failure failure, Message message); // back on the form, the banner saying why
    void showFailure();
};

// One application as a card on a status list: its heading, its status in words, receipt and date, and the
// reason when it was returned (rich text, escaped).
QString applicationCardText(const QJsonObject& application, const QString& heading);

} // namespace ssc
