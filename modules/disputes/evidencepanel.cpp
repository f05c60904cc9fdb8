#include "evidencepanel.h"

#include "evidencecheck.h"
#include "platform/platformclient.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPdfDocument>
#include <QPushButton>
#include <QVBoxLayout>

namespace ssc {
namespace {

constexpr int previewSize = 96;

QStringList ids(const EvidenceList& evidence)
{
    QStringList list;
    for (const AttachedEvidence& e : evidence.files)
        list.append(e.id);
    return list;
}

// What the citizen sees of a file: the picture, the PDF's first page, or nothing for an archive.
QPixmap previewOf(const QString& mimeType, const QByteArray& bytes)
{
    QImage image;
    if (mimeType.startsWith(u"image/")) {
        image.loadFromData(bytes);
    } else if (mimeType == u"application/pdf") {
        QPdfDocument pdf; // reads from a device that lives as long as it renders
        QByteArray copy = bytes;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        pdf.load(&buffer);
        if (pdf.pageCount() > 0)
            image = pdf.render(
                0, pdf.pagePointSize(0).scaled(previewSize, previewSize, Qt::KeepAspectRatio).toSize());
    }
    return image.isNull() ? QPixmap()
                          : QPixmap::fromImage(image.scaled(previewSize, previewSize, Qt::KeepAspectRatio,
                                                            Qt::SmoothTransformation));
}

} // namespace

EvidencePanel::EvidencePanel(const ModuleContext& context, EvidenceList& evidence, QWidget* parent)
    : QWidget(parent), m_context(context), m_evidence(evidence), m_cards(new QVBoxLayout),
      m_problem(new QLabel)
{
    m_problem->setObjectName(QStringLiteral("fieldProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto* add = new QPushButton(tr("Add a file (photo, PDF or ZIP)"));
    add->setObjectName(QStringLiteral("addEvidence"));
    connect(add, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Evidence"), QString(), tr("Photos, PDF, ZIP (*.jpg *.jpeg *.png *.pdf *.zip)"));
        if (!path.isEmpty())
            addFile(path);
    });
    auto* photo = new QPushButton(tr("Take a photo of a paper"));
    photo->setObjectName(QStringLiteral("photoEvidence"));
    connect(photo, &QPushButton::clicked, this, &EvidencePanel::takePhoto);
    auto* hint =
        new QLabel(tr("Photos (JPG, PNG) and PDF files up to 10 MB each, at most 10; several files can "
                      "go in one ZIP archive."));
    hint->setObjectName(QStringLiteral("promptDetail"));
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(hint);
    layout->addLayout(m_cards);
    layout->addWidget(m_problem);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(photo);
    buttons->addWidget(add);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    // Set once in the layout (a widget shown before it has a parent would open as a window of its own).
    // Citizens at a kiosk do not browse a file system; the clerk at a counter or on a visit does.
    add->setVisible(context.mode != TerminalMode::Kiosk);
    photo->setVisible(bool(context.camera));
    showFiles();
    say(m_evidence.problem); // drawn again (a language change): what was said is said again
}

void EvidencePanel::addFile(const QString& path)
{
    const QFileInfo info(path);
    const EvidenceLimits limits;
    // Said before anything is read: a 4 GB file is not loaded to find out it is too big.
    if (info.size() > limits.maxFileBytes)
        return say(
            [reason = checkEvidence(info.fileName(), QByteArray(limits.maxFileBytes + 1, '\0')).reason] {
                return reason.translated();
            });
    if (m_evidence.files.size() >= 10)
        return say([] { return tr("At most 10 files, please. Put more in one ZIP archive."); });
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return say([] { return tr("The file cannot be read."); });
    upload(info.fileName(), file.readAll());
}

void EvidencePanel::takePhoto()
{
    const QImage frame = m_context.camera ? m_context.camera() : QImage();
    if (frame.isNull())
        return say([] { return tr("The camera gives no picture at the moment. Please try again."); });
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    frame.save(&buffer, "JPG", 85);
    upload(QStringLiteral("photo-%1.jpg")
               .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))),
           jpeg);
}

void EvidencePanel::upload(const QString& name, const QByteArray& bytes)
{
    const EvidenceVerdict verdict = checkEvidence(name, bytes);
    if (!verdict.accepted)
        return say([reason = verdict.reason] { return reason.translated(); });
    if (!m_context.platform || m_uploading)
        return;
    m_uploading = true;
    say([name = verdict.name] { return tr("Attaching %1…").arg(name); });
    m_context.platform->post(
        QStringLiteral("/api/v1/me/evidence"),
        {{QStringLiteral("name"), verdict.name},
         {QStringLiteral("data"), QString::fromLatin1(bytes.toBase64())}},
        [this, bytes](const PlatformResult& result) {
            m_uploading = false;
            if (!result.ok())
                return say([result] { return result.messageAndAdvice(); });
            const QString id = result.body.value(QStringLiteral("id")).toString();
            if (!ids(m_evidence).contains(id)) {
                QStringList entries;
                for (const QJsonValue& v : result.body.value(QStringLiteral("entries")).toArray())
                    entries.append(v.toString());
                const QString mimeType = result.body.value(QStringLiteral("mimeType")).toString();
                m_evidence.files.append({id, result.body.value(QStringLiteral("name")).toString(), mimeType,
                                         entries, previewOf(mimeType, bytes)});
            }
            say({});
            showFiles();
            emit changed(ids(m_evidence));
        },
        {}, this);
}

void EvidencePanel::showFiles()
{
    while (QLayoutItem* item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const AttachedEvidence& e : m_evidence.files) {
        auto* card = new QWidget;
        card->setObjectName(QStringLiteral("card"));
        card->setAttribute(Qt::WA_StyledBackground);
        auto* row = new QHBoxLayout(card);
        row->setContentsMargins(16, 12, 16, 12);
        row->setSpacing(16);
        auto* picture = new QLabel;
        picture->setObjectName(QStringLiteral("evidencePreview"));
        picture->setFixedSize(previewSize + 8, previewSize + 8);
        picture->setAlignment(Qt::AlignCenter);
        const QPixmap& pixmap = e.preview;
        if (pixmap.isNull())
            picture->setPixmap(QIcon(QStringLiteral(":/icons/certificates.svg")).pixmap(64, 64));
        else
            picture->setPixmap(pixmap);
        QString text = e.name.toHtmlEscaped();
        if (!e.entries.isEmpty())
            text += QStringLiteral("<br><small>") +
                    tr("%n file(s): %1", "", int(e.entries.size()))
                        .arg(e.entries.join(QStringLiteral(", ")))
                        .toHtmlEscaped() +
                    QStringLiteral("</small>");
        auto* name = new QLabel(text);
        name->setWordWrap(true);
        auto* remove = new QPushButton(tr("Remove"));
        connect(remove, &QPushButton::clicked, this, [this, id = e.id] {
            m_evidence.files.removeIf([&id](const AttachedEvidence& a) { return a.id == id; });
            showFiles();
            emit changed(ids(m_evidence));
        });
        row->addWidget(picture);
        row->addWidget(name, 1);
        row->addWidget(remove);
        m_cards->addWidget(card);
    }
}

void EvidencePanel::say(std::function<QString()> problem)
{
    m_evidence.problem = std::move(problem);
    m_problem->setText(m_evidence.problem ? m_evidence.problem() : QString());
    m_problem->setVisible(!m_problem->text().isEmpty());
}

QString EvidencePanel::problemText() const
{
    return m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

} // namespace ssc
