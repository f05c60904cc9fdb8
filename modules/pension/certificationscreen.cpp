#include "certificationscreen.h"

#include "moduleapi/noticebanner.h"
#include "session/fieldday.h"

#include "platform/platformclient.h"

#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ssc {

CertificationScreen::CertificationScreen(const ModuleContext& context, CertificationSubject subject,
                                         QWidget* parent)
    : QWidget(parent), m_frame(ResultScreenFrame::build(this, context)), m_byActions(new QPushButton(this)),
      m_byReading(new QPushButton(this)), m_family(new QPushButton(this)), m_noCamera(new NoticeBanner(this)),
      m_notDrawing(new NoticeBanner(this)), m_subject(std::move(subject)), m_words(m_subject, context),
      m_hasCamera(bool(context.camera)), m_counter(context.mode == TerminalMode::Counter)
{
    auto* methods = new QHBoxLayout;
    for (QPushButton* button : {m_byActions, m_byReading}) {
        button->setProperty("primary", true);
        button->hide();
        methods->addWidget(button);
    }
    methods->addStretch();
    // The family service belongs to a citizen helping their own parents at a kiosk, not to a parent's page,
    // and not to a clerk or visiting staff (they certify another person through their own task, 代他人认证).
    m_family->setObjectName(QStringLiteral("familyService"));
    m_family->setVisible(m_subject.kind == CertificationSubject::Kind::Self && context.session &&
                         context.mode == TerminalMode::Kiosk);
    methods->addWidget(m_family);
    m_frame.body->insertLayout(2, methods);
    // Someone who draws no pension is not left with one grey sentence (EXPERIENCE.md question 3): an info
    // notice, the platform's words on what to do instead, and the estimate of the pension they will draw.
    m_notDrawing->setObjectName(QStringLiteral("notDrawingNotice"));
    m_notDrawing->hide();
    m_frame.body->insertWidget(2, m_notDrawing);
    if (context.openService && context.mode != TerminalMode::Field) {
        m_estimate = m_notDrawing->addAction(QStringLiteral("estimateButton"));
        connect(m_estimate, &QPushButton::clicked, this,
                [open = context.openService] { open(QStringLiteral("pension-estimate")); });
    }
    // No camera is not a dead end (EXPERIENCE.md question 3): a warning that says so, where to certify
    // instead, and the way there — a kiosk's citizen to the service outlets, a visiting staff member back to
    // the search (the counter's clerk has the page's Back and the diagnostics).
    // It stands first among the results, in their page that scrolls by finger: above it, it squeezed the card
    // under its button (the elder interface at 1280 x 800).
    m_noCamera->setObjectName(QStringLiteral("noCameraNotice"));
    m_noCamera->hide();
    if (m_subject.kind != CertificationSubject::Kind::ByStaff && context.openService) {
        m_noCameraAction = m_noCamera->addAction(QStringLiteral("findCounterButton"));
        connect(m_noCameraAction, &QPushButton::clicked, this,
                [open = context.openService] { open(QStringLiteral("outlets")); });
    } else if (m_subject.kind == CertificationSubject::Kind::ByStaff && !m_counter) {
        m_noCameraAction = m_noCamera->addAction(QStringLiteral("noCameraBackButton"));
        connect(m_noCameraAction, &QPushButton::clicked, m_frame.back, &QPushButton::click);
    }
    connect(m_family, &QPushButton::clicked, this, &CertificationScreen::openFamily);
    connect(m_byActions, &QPushButton::clicked, this,
            [this] { emit certifyByFace(face::CertificationMethod::Actions); });
    connect(m_byReading, &QPushButton::clicked, this,
            [this] { emit certifyByFace(face::CertificationMethod::ReadAloud); });
    retranslate();
    if (!context.platform)
        return;
    const FieldDay* day = context.fieldDay;
    context.platform->get(
        m_subject.statusPath(),
        [this, day](const PlatformResult& result) {
            m_answer = result;
            // On a home visit without a network: what was due when the day's list was downloaded.
            const bool noNetwork = result.noAnswer();
            if (noNetwork && day && m_subject.kind == CertificationSubject::Kind::ByStaff)
                if (const auto visit = day->visitOf(m_subject.id)) {
                    m_answer->kind = PlatformResult::Kind::Ok;
                    m_answer->status = 200;
                    m_answer->body = visit->certification;
                }
            retranslate();
        },
        this);
}

QString CertificationScreen::statusText() const
{
    return m_frame.status->text();
}

void CertificationScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CertificationScreen::retranslate()
{
    m_frame.back->setText(tr("Back"));
    m_frame.title->setText(m_subject.kind == CertificationSubject::Kind::Self
                               ? tr("Pension certification")
                               : tr("Pension certification of %1").arg(m_subject.maskedName));
    m_family->setText(tr("Family service: certify for a family member"));
    m_byActions->setText(tr("Certify now: do the actions shown"));
    m_byReading->setText(tr("Certify now: read four digits"));
    if (m_noCameraAction)
        m_noCameraAction->setText(m_subject.kind == CertificationSubject::Kind::ByStaff
                                      ? tr("Back to finding a person")
                                      : tr("Find a service counter"));
    m_frame.results->removeWidget(m_noCamera); // kept: clearResults() deletes what the results hold
    m_frame.clearResults();
    // No card to show, no room for one: the words above keep the height (the elder interface at a 1280 x 800
    // counter, beside the citizen panel).
    m_frame.resultsArea->hide();
    m_noCamera->hide(); // only beside a due certification's card
    m_notDrawing->hide();
    m_frame.status->show();
    if (m_estimate)
        m_estimate->setText(tr("Estimate the pension")); // the clerk's and the citizen's alike
    if (!m_answer)
        return m_frame.status->setText(tr("Looking up your certification…"));
    if (!m_answer->ok())
        return m_frame.status->setText(m_answer->messageAndAdvice());
    const QJsonObject& a = m_answer->body;
    if (!a.value(QStringLiteral("recipient")).toBool()) {
        m_frame.status->clear();
        m_frame.status->hide();
        m_notDrawing->setNotice(design::Tone::Info, tr("Nothing to certify"),
                                inCurrentLanguage(a.value(QStringLiteral("instead")).toObject()));
        m_notDrawing->show();
        return;
    }
    const QString group = a.value(QStringLiteral("group")).toString();
    const QString groupText = group == u"resident"      ? tr("Resident pension")
                              : group == u"institution" ? tr("Pension of an institution retiree")
                                                        : tr("Pension of an enterprise retiree");
    const QString until = a.value(QStringLiteral("certifiedUntil")).toString();
    const bool certified = a.value(QStringLiteral("status")).toString() == u"certified";
    m_frame.status->setText(certified         ? m_words.certifiedUntil(until)
                            : until.isEmpty() ? m_words.due()
                                              : m_words.dueSince(until));
    QString card = QStringLiteral("<b>%1</b><br>%2")
                       .arg(groupText.toHtmlEscaped(), tr("Certified once every %n month(s)", "",
                                                          a.value(QStringLiteral("cycleMonths")).toInt())
                                                           .toHtmlEscaped());
    if (const QString last = a.value(QStringLiteral("lastCertifiedOn")).toString(); !last.isEmpty())
        card += QStringLiteral("<br>") + tr("Last certified on %1").arg(last).toHtmlEscaped();
    if (!certified && !m_hasCamera)
        m_frame.results->addWidget(m_noCamera);
    m_frame.addResultCard(card);
    const bool noCamera = !certified && !m_hasCamera;
    m_noCamera->setVisible(noCamera);
    // Words only while shown: a hidden notice still holds them for whoever reads the screen's labels.
    m_noCamera->setNotice(design::Tone::Warning,
                          noCamera ? tr("Certification by face needs a camera") : QString(),
                          noCamera ? noCameraAdvice() : QString());
    m_frame.resultsArea->show();
    m_byActions->setVisible(!certified && m_hasCamera);
    m_byReading->setVisible(!certified && m_hasCamera);
}

QString CertificationScreen::noCameraAdvice() const
{
    // Staff certifying someone (a home visit, a counter) are the help a citizen would be sent to: they are
    // told how to get the camera working instead.
    if (m_subject.kind == CertificationSubject::Kind::ByStaff && m_counter)
        return tr("This counter has no camera for certification by face. Connect one and open this page "
                  "again (Diagnostics shows whether it is found), or certify the person at a kiosk.");
    if (m_subject.kind == CertificationSubject::Kind::ByStaff)
        return tr("This device has no camera for certification by face. Connect one and open this page again "
                  "(Diagnostics shows whether it is found), or certify the person at a service counter.");
    return tr("This terminal has no camera for certification by face; the staff at a service counter can "
              "help you.");
}

} // namespace ssc
