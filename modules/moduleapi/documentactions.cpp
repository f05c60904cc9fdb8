#include "documentactions.h"
#include "sharedicons.h"

#include <QBoxLayout>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>

namespace ssc {

DocumentActions::DocumentActions(const ModuleContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_print(new QPushButton), m_save(new QPushButton),
      m_outlets(new QPushButton), m_status(new QLabel)
{
    m_print->setProperty("primary", true);
    m_print->setIcon(sharedIcon(QStringLiteral(":/icons/print.svg")));
    m_print->setIconSize(QSize(32, 32));
    m_status->setObjectName(QStringLiteral("promptDetail"));
    m_status->setWordWrap(true);
    // What the printer is doing (or that there is none) beside the buttons, not under them: a row costs the
    // page below it no more height than its buttons (the elder interface at a 1280 x 800 counter).
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(16);
    row->addWidget(m_print, 0, Qt::AlignVCenter);
    row->addWidget(m_save, 0, Qt::AlignVCenter);
    row->addWidget(m_status, 1, Qt::AlignVCenter);
    row->addWidget(m_outlets, 0, Qt::AlignVCenter);
    m_outlets->setObjectName(QStringLiteral("outletsButton"));
    setOutletsOffered(true);
    connect(m_outlets, &QPushButton::clicked, this, [open = context.openService] {
        if (open)
            open(QStringLiteral("outlets"));
    });
    // Saving is for clerks (counter mode); a kiosk has no file system a citizen should see.
    m_save->setVisible(context.mode == TerminalMode::Counter);
    m_print->setVisible(context.printer != nullptr);
    connect(m_print, &QPushButton::clicked, this, &DocumentActions::print);
    connect(m_save, &QPushButton::clicked, this, &DocumentActions::chooseFileAndSave);
    if (context.printer)
        connect(context.printer, &PrintService::finished, this, [this](const PrintOutcome& outcome) {
            if (!m_print->isEnabled()) { // this row started the job
                m_lastOutcome = outcome;
                m_print->setEnabled(true);
                retranslate();
                emit printFinished(outcome);
            }
        });
    clear();
}

void DocumentActions::setDocument(const PrintableDocument& document, const QByteArray& pdf)
{
    m_document = document;
    m_pdf = pdf;
    m_lastOutcome.reset();
    m_savedTo.clear();
    setVisible(document.text != nullptr);
    retranslate();
}

const QByteArray& DocumentActions::pdf()
{
    // Written when first needed: a look-up's receipt is laid out only if someone prints or saves it.
    if (m_pdf.isEmpty() && m_document.text)
        m_pdf = m_document.toPdf();
    return m_pdf;
}

void DocumentActions::clear()
{
    setDocument({}, {});
}

void DocumentActions::print()
{
    if (!m_context.printer || !m_document.text || m_context.printer->busy())
        return;
    m_print->setEnabled(false);
    m_lastOutcome.reset();
    retranslate();
    m_context.printer->print(m_document, pdfPageCount(pdf()));
}

bool DocumentActions::saveTo(const QString& path)
{
    QSaveFile file(path);
    const QByteArray& bytes = pdf();
    const bool saved = !bytes.isEmpty() && file.open(QIODevice::WriteOnly) &&
                       file.write(bytes) == bytes.size() && file.commit();
    m_savedTo = saved ? path : QString();
    m_status->setText(saved ? tr("Saved as %1").arg(path)
                            : tr("The file could not be saved there: %1").arg(path));
    return saved;
}

void DocumentActions::chooseFileAndSave()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the document"), folder + u'/' + m_document.title + QStringLiteral(".pdf"),
        tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        saveTo(path);
}

void DocumentActions::setOutletsOffered(bool offered)
{
    m_outlets->setVisible(offered && !m_context.printer && m_context.mode == TerminalMode::Kiosk &&
                          m_context.openService);
}

bool DocumentActions::offersATap() const
{
    return !m_print->isHidden() || !m_save->isHidden();
}

QString DocumentActions::statusText() const
{
    return m_status->text();
}

bool DocumentActions::printing() const
{
    return !m_print->isEnabled();
}

void DocumentActions::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DocumentActions::retranslate()
{
    m_save->setText(tr("Save as PDF file"));
    m_outlets->setText(tr("Find a service counter"));
    if (printing()) {
        m_print->setText(tr("Printing…"));
        m_status->setText(tr("Printing, please wait by the printer."));
        return;
    }
    m_print->setText(m_lastOutcome && !m_lastOutcome->printed() ? tr("Try printing again") : tr("Print"));
    if (m_lastOutcome)
        m_status->setText(PrintProblems::message(m_lastOutcome->problem));
    else if (!m_savedTo.isEmpty())
        m_status->setText(tr("Saved as %1").arg(m_savedTo));
    else
        m_status->setText(m_context.printer ? QString() : noPrinterNote());
}

QString DocumentActions::noPrinterNote() const
{
    // A clerk has Save beside this note: the kiosk's advice to find a counter would send them to themselves.
    if (m_context.mode == TerminalMode::Counter)
        return tr("No printer at this counter: save it as a PDF file instead.");
    return PrintProblems::message(PrintProblem::NoPrinter);
}

} // namespace ssc
