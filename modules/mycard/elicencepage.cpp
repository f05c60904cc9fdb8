#include "elicencepage.h"

#include "camera/qrimage.h"
#include "elicencedocument.h"
#include "i18n/translator.h"
#include "logging/logging.h"
#include "moduleapi/designsystem.h"
#include "moduleapi/documentactions.h"
#include "moduleapi/noticebanner.h"
#include "moduleapi/scrollpage.h"
#include "platform/platformclient.h"
#include "wrappedlabel.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ssc {
namespace {

// The licence's fields in the order of the national licence's surface (docs/card-services.md, "The
// e-licence", has the names and their sources), by the key the platform answers them under.
const QStringList fieldKeys{QStringLiteral("holderName"),      QStringLiteral("holderNumber"),
                            QStringLiteral("cardNumber"),      QStringLiteral("issuerName"),
                            QStringLiteral("issuedOn"),        QStringLiteral("validUntil"),
                            QStringLiteral("verificationCode")};

} // namespace

ELicencePage::ELicencePage(const ModuleContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_title(new QLabel), m_back(new QPushButton), m_card(new QWidget),
      m_fields(new QGridLayout), m_qr(new QLabel), m_qrCaption(wrappedLabel({}, "advice")),
      m_again(new QPushButton), m_problem(new NoticeBanner), m_stale(new QTimer(this)),
      m_row(new QBoxLayout(QBoxLayout::LeftToRight)), m_actions(new DocumentActions(context))
{
    setObjectName(QStringLiteral("screen"));
    setAttribute(Qt::WA_StyledBackground);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setWordWrap(true);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_again->setObjectName(QStringLiteral("eLicenceOpenAgain"));
    m_card->setObjectName(QStringLiteral("card"));
    m_card->setAttribute(Qt::WA_StyledBackground);
    m_qr->setObjectName(QStringLiteral("eLicenceQr"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_problem->hide();
    m_stale->setSingleShot(true);
    connect(m_stale, &QTimer::timeout, this, &ELicencePage::retranslate);

    auto* header = new QHBoxLayout;
    header->addWidget(m_back);
    header->addWidget(m_title, 1);
    m_fields->setContentsMargins(32, 24, 32, 24);
    m_fields->setHorizontalSpacing(32);
    m_fields->setVerticalSpacing(12);
    m_fields->setColumnStretch(1, 1);
    m_card->setLayout(m_fields);
    // The licence like a card on the left, the code to take away on the right with what it is for.
    auto* qrColumn = new QVBoxLayout;
    qrColumn->setSpacing(16);
    qrColumn->addWidget(m_qr, 0, Qt::AlignHCenter);
    qrColumn->addWidget(m_qrCaption);
    qrColumn->addWidget(m_again, 0, Qt::AlignLeft);
    qrColumn->addWidget(m_actions); // Print where the terminal has a printer
    qrColumn->addStretch(1);
    auto* body = new QWidget;
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(24);
    bodyLayout->addWidget(m_problem);
    m_row->setSpacing(32);
    m_row->addWidget(m_card, 0, Qt::AlignTop); // the card as wide as its lines, the code the rest
    m_row->addLayout(qrColumn, 1);
    bodyLayout->addLayout(m_row);
    bodyLayout->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(24);
    layout->addLayout(header);
    layout->addWidget(new ScrollPage(body), 1);

    connect(m_back, &QPushButton::clicked, this, &ELicencePage::backRequested);
    connect(m_again, &QPushButton::clicked, this, &ELicencePage::open);
    retranslate();
}

void ELicencePage::open()
{
    if (m_sending || !m_context.platform)
        return;
    m_sending = true;
    m_again->setEnabled(false);
    m_context.platform->post(
        QStringLiteral("/api/v1/me/e-licence"), {},
        [this](const PlatformResult& result) {
            m_sending = false;
            m_again->setEnabled(true);
            if (!result.ok()) {
                qCInfo(lcApp) << "e-licence not issued:" << result.errorCode;
                m_licence = {};
                m_failure = [result] { return result.messageAndAdvice(); };
            } else {
                m_failure = {};
                m_licence = result.body.value(QStringLiteral("licence")).toObject();
                const qint64 left = m_licence.value(QStringLiteral("freshUntil")).toInteger() -
                                    QDateTime::currentMSecsSinceEpoch();
                m_stale->start(int(std::clamp<qint64>(left, 0, 10 * 60 * 1000)));
            }
            retranslate();
        },
        {}, this);
}

QString ELicencePage::qrText() const
{
    return m_licence.value(QStringLiteral("qr")).toString();
}

QString ELicencePage::fieldShown(const QString& name) const
{
    if (name == u"holderName")
        return tr("Holder");
    if (name == u"holderNumber")
        return tr("Social security number");
    if (name == u"cardNumber")
        return tr("Card number");
    if (name == u"issuerName")
        return tr("Issued by");
    if (name == u"issuedOn")
        return tr("Issued on");
    if (name == u"validUntil")
        return tr("Valid until");
    return tr("Verification code");
}

QString ELicencePage::shownValue(const QString& key) const
{
    const QString value = m_licence.value(key).toString();
    if (key == u"issuerName" && currentLanguage() == englishLanguage) // the issuer's name as cards show it
        return m_licence.value(QStringLiteral("issuerNameEn")).toString(value);
    if (key == u"verificationCode")
        return design::groupForReading(value);
    return value;
}

void ELicencePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        arrange();
    QWidget::changeEvent(event);
}

void ELicencePage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrange();
}

void ELicencePage::arrange()
{
    // The card and the code side by side where both fit (standard type, landscape); else the code under the
    // card (large type, portrait), never cut off.
    constexpr int margins = 2 * 48 + 32 + 80; // the page's, the gap, the scroll buttons
    const int needed = m_card->sizeHint().width() + std::max(m_qr->sizeHint().width(), 400) + margins;
    m_row->setDirection(width() >= needed ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void ELicencePage::retranslate()
{
    m_back->setText(tr("Back"));
    m_title->setText(tr("My social security card e-licence"));
    m_again->setText(tr("Open it again"));
    m_problem->setVisible(bool(m_failure));
    if (m_failure)
        m_problem->setNotice(design::Tone::Error, tr("The e-licence cannot be shown"), m_failure());
    while (QLayoutItem* item = m_fields->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_actions->clear();
    m_card->setVisible(showingLicence());
    m_qr->setVisible(showingLicence());
    m_qrCaption->setVisible(showingLicence());
    if (!showingLicence())
        return;
    m_fields->addWidget(wrappedLabel(tr("Social security card e-licence"), "sectionTitle"), 0, 0, 1, 2);
    int row = 1;
    for (const QString& key : fieldKeys) {
        const QString value = shownValue(key);
        auto* name = wrappedLabel(fieldShown(key), "fieldName");
        name->setWordWrap(false); // a field's name on one line; the values wrap
        m_fields->addWidget(name, row, 0, Qt::AlignTop);
        if (key == u"verificationCode") {
            // Read aloud or typed by a verifier: in large type, in groups of four, on one line of its own
            // under its name, so the name and the code never have to fit beside each other in large type.
            auto* code = wrappedLabel(value, "sectionTitle");
            code->setWordWrap(false);
            m_fields->addWidget(code, ++row, 0, 1, 2);
        } else {
            m_fields->addWidget(wrappedLabel(value), row, 1);
        }
        ++row;
    }
    m_fields->addWidget(wrappedLabel(tr("Names and numbers are shown masked, as on every screen."), "advice"),
                        row, 0, 1, 2);
    const QDateTime freshUntil =
        QDateTime::fromMSecsSinceEpoch(m_licence.value(QStringLiteral("freshUntil")).toInteger());
    const bool fresh = QDateTime::currentDateTime() < freshUntil;
    m_qr->setPixmap(fresh ? QPixmap::fromImage(renderQrCode(qrText(), 5)) : QPixmap());
    m_qr->setVisible(fresh);
    if (fresh) { // on paper as on the screen, in the language of the moment
        QList<std::pair<QString, QString>> printed;
        for (qsizetype i = 0; i + 1 < fieldKeys.size(); ++i) // the code has its own place on the paper
            printed.append({fieldShown(fieldKeys[i]), shownValue(fieldKeys[i])});
        m_actions->setDocument(buildELicenceDocument(
            printed, design::groupForReading(m_licence.value(QStringLiteral("verificationCode")).toString()),
            qrText(), freshUntil));
    }
    m_qrCaption->setText(
        fresh ? tr("Take a photo of this code with your phone. A service counter accepts it until %1; after "
                   "that, open it again here or in your e-card app.")
                    .arg(freshUntil.toString(QStringLiteral("HH:mm")))
              : tr("This code is no longer fresh: a counter would refuse it. Open it again."));
    // Once the new lines are laid out: the card's size is known only then.
    QMetaObject::invokeMethod(this, &ELicencePage::arrange, Qt::QueuedConnection);
}

} // namespace ssc
