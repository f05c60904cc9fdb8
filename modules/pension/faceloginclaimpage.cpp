#include "faceloginclaimpage.h"

#include "moduleapi/formview.h"
#include "session/faceloginclaim.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace ssc {

FaceLoginClaimPage::FaceLoginClaimPage(const ModuleContext& context, QWidget* parent)
    : QWidget(parent), m_form(std::make_unique<FormState>(faceLoginClaimForm())), m_title(new QLabel(this)),
      m_intro(new QLabel(this)), m_view(new FormView(*m_form, {}, this))
{
    setObjectName(QStringLiteral("screen"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("promptDetail"));
    m_intro->setWordWrap(true);
    m_view->setSubmitLabel(
        {"FaceLoginClaimPage", QT_TRANSLATE_NOOP("FaceLoginClaimPage", "Go on to the face check"), {}});
    m_view->setOnScreenKeyboard(context.mode == TerminalMode::Kiosk);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 24, 40, 24);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    connect(m_view, &FormView::cancelled, this, [this] {
        m_form->wipe();
        emit closed();
    });
    connect(m_view, &FormView::submitRequested, this, [this] {
        const QJsonObject claim = faceLoginClaim(m_form->values());
        if (!claim.isEmpty())
            emit claimed(claim);
    });
    retranslate();
    m_view->showStep();
}

FaceLoginClaimPage::~FaceLoginClaimPage()
{
    m_form->wipe(); // the number and the name do not outlive the page
}

void FaceLoginClaimPage::retranslate()
{
    m_title->setText(tr("No card or phone with you? Sign in with your face"));
    m_intro->setText(tr("Type your ID number and your name. Your face is then compared with the photo the "
                        "social security office holds for you."));
}

void FaceLoginClaimPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ssc
