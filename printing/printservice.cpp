#include "printservice.h"

#include "logging/logging.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QPdfDocument>
#include <QPrinter>
#include <QRandomGenerator>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace ssc {
namespace {

constexpr int pollIntervalMs = 100;

// Everything below runs in a worker thread: libcups and the CUPS print engine may block.
class PrintJob {
public:
    PrintJob(QString server, QString queue, PrintableDocument document, int pages, int waitLimitMs,
             std::shared_ptr<std::atomic_bool> cancelled)
        : m_server(std::move(server)), m_document(std::move(document)), m_waitLimitMs(waitLimitMs),
          m_cancelled(std::move(cancelled))
    {
        m_outcome.queue = std::move(queue);
        m_outcome.pages = pages;
    }

    PrintOutcome run()
    {
        m_clock.start();
        cups::useServer(m_server);
        if (m_outcome.queue.isEmpty())
            m_outcome.queue = cups::defaultQueue();
        if (const PrintProblem problem = checkQueue(); problem != PrintProblem::None)
            return finish(problem);
        // A random tag in the job title finds this job in CUPS among others with the same document title.
        const QString title = m_document.title + QStringLiteral(" #") +
                              QString::number(QRandomGenerator::global()->generate64(), 36);
        QPrinter printer(QPrinter::HighResolution);
        printer.setPrinterName(m_outcome.queue);
        printer.setDocName(title);
        if (!printer.isValid())
            return finish(PrintProblem::NoPrinter);
        m_document.adopt();
        m_document.paint(printer);
        return follow(title);
    }

private:
    PrintProblem checkQueue()
    {
        if (m_outcome.queue.isEmpty())
            return PrintProblem::NoPrinter;
        bool serverAnswered = false;
        const auto state = cups::queueState(m_outcome.queue, &serverAnswered);
        if (!state)
            return serverAnswered ? PrintProblem::NoPrinter : PrintProblem::ServerUnreachable;
        return PrintProblems::classify(*state);
    }

    PrintOutcome follow(const QString& title)
    {
        while (!*m_cancelled) {
            const auto job = cups::findJob(m_outcome.queue, title);
            if (job) {
                if (m_outcome.acceptedMs < 0)
                    m_outcome.acceptedMs = m_clock.elapsed();
                m_outcome.jobId = job->id;
                if (job->state == cups::JobState::Completed)
                    return finish(PrintProblem::None);
                if (job->state == cups::JobState::Aborted || job->state == cups::JobState::Canceled)
                    return finish(PrintProblem::JobFailed);
            }
            // A queue that stopped under the job (the tray ran empty) says why before the wait runs out.
            const PrintProblem problem = checkQueue();
            if (problem != PrintProblem::None || m_clock.elapsed() > m_waitLimitMs)
                return withdraw(problem == PrintProblem::None ? PrintProblem::StillWaiting : problem);
            QThread::msleep(pollIntervalMs);
        }
        return withdraw(PrintProblem::StillWaiting);
    }

    PrintOutcome withdraw(PrintProblem problem)
    {
        if (m_outcome.jobId != 0)
            cups::cancelJob(m_outcome.queue, m_outcome.jobId);
        return finish(problem);
    }

    PrintOutcome finish(PrintProblem problem)
    {
        m_outcome.problem = problem;
        m_outcome.elapsedMs = m_clock.elapsed();
        if (problem == PrintProblem::None)
            qCInfo(lcPrinting).noquote()
                << "printed" << m_outcome.pages << "page(s):" << m_document.kind << "on" << m_outcome.queue
                << "job" << m_outcome.jobId << "in" << m_outcome.elapsedMs << "ms";
        else
            qCWarning(lcPrinting).noquote()
                << "not printed:" << m_document.kind << "on" << m_outcome.queue << "problem" << int(problem);
        return m_outcome;
    }

    QString m_server;
    PrintableDocument m_document;
    int m_waitLimitMs;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    PrintOutcome m_outcome;
    QElapsedTimer m_clock;
};

} // namespace

PrintService::PrintService(QString server, QString queue, QObject* parent)
    : QObject(parent), m_server(std::move(server)), m_queue(std::move(queue)),
      m_cancelled(std::make_shared<std::atomic_bool>(false))
{
    connect(&m_watcher, &QFutureWatcher<PrintOutcome>::finished, this,
            [this] { emit finished(m_watcher.result()); });
    connect(&m_check, &QFutureWatcher<QueueCheck>::finished, this, [this] {
        const QueueCheck check = m_check.result();
        emit queueChecked(check.problem, check.queue);
        emit queueRead(check);
    });
}

PrintService::~PrintService()
{
    *m_cancelled = true;
    m_watcher.waitForFinished();
    m_check.waitForFinished();
}

void PrintService::print(const PrintableDocument& document, int pages)
{
    if (busy())
        return;
    m_watcher.setFuture(QtConcurrent::run(
        // The job gets its own copy of the texts, cloned here in their thread (PrintableDocument::forThread).
        [job = std::make_shared<PrintJob>(m_server, m_queue, document.forThread(), pages, m_waitLimitMs,
                                          m_cancelled)] { return job->run(); }));
}

void PrintService::checkQueue()
{
    if (m_check.isRunning())
        return;
    m_check.setFuture(QtConcurrent::run([server = m_server, queue = m_queue]() -> QueueCheck {
        cups::useServer(server);
        const QString name = queue.isEmpty() ? cups::defaultQueue() : queue;
        if (name.isEmpty())
            return {PrintProblem::NoPrinter, name, true, {}};
        bool answered = false;
        const auto state = cups::queueState(name, &answered);
        if (!state)
            return {answered ? PrintProblem::NoPrinter : PrintProblem::ServerUnreachable, name, answered, {}};
        return {PrintProblems::classify(*state), name, true, state->reasons};
    }));
}

int pdfPageCount(const QByteArray& pdf)
{
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    return document.status() == QPdfDocument::Status::Ready ? document.pageCount() : 0;
}

} // namespace ssc
