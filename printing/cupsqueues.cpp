#include "cupsqueues.h"

#include <cups/cups.h>

namespace ssc::cups {
namespace {

// The destination list of the server, freed when it goes out of scope.
class Destinations {
public:
    Destinations() : m_count(cupsGetDests2(CUPS_HTTP_DEFAULT, &m_dests)) {}
    ~Destinations() { cupsFreeDests(m_count, m_dests); }
    Destinations(const Destinations&) = delete;
    Destinations& operator=(const Destinations&) = delete;

    cups_dest_t* find(const QString& name) const
    {
        return cupsGetDest(name.isEmpty() ? nullptr : name.toUtf8().constData(), nullptr, m_count, m_dests);
    }
    int count() const { return m_count; }
    cups_dest_t* at(int i) const { return &m_dests[i]; }

private:
    cups_dest_t* m_dests = nullptr;
    int m_count = 0;
};

QString option(const cups_dest_t* dest, const char* name)
{
    return QString::fromUtf8(cupsGetOption(name, dest->num_options, dest->options));
}

JobState jobState(ipp_jstate_t state)
{
    switch (state) {
    case IPP_JSTATE_PENDING:
        return JobState::Pending;
    case IPP_JSTATE_HELD:
        return JobState::Held;
    case IPP_JSTATE_PROCESSING:
        return JobState::Processing;
    case IPP_JSTATE_STOPPED:
        return JobState::Stopped;
    case IPP_JSTATE_CANCELED:
        return JobState::Canceled;
    case IPP_JSTATE_ABORTED:
        return JobState::Aborted;
    case IPP_JSTATE_COMPLETED:
        return JobState::Completed;
    }
    return JobState::Pending;
}

} // namespace

void useServer(const QString& server)
{
    cupsSetServer(server.isEmpty() ? nullptr : server.toUtf8().constData());
}

std::optional<QueueState> queueState(const QString& queue, bool* serverAnswered)
{
    Destinations destinations;
    // cupsGetDests2 answers 0 both for "no queues" and for "no server": ask the error to tell them apart.
    *serverAnswered = destinations.count() > 0 || cupsLastError() < IPP_STATUS_REDIRECTION_OTHER_SITE;
    const cups_dest_t* dest = destinations.find(queue);
    if (!dest)
        return std::nullopt;
    QueueState state;
    state.accepting = option(dest, "printer-is-accepting-jobs") != u"false";
    state.stopped = option(dest, "printer-state") == u"5";
    state.message = option(dest, "printer-state-message");
    for (QString reason : option(dest, "printer-state-reasons").split(u',', Qt::SkipEmptyParts)) {
        for (const char* suffix : {"-error", "-warning", "-report"})
            if (reason.endsWith(QLatin1String(suffix)))
                reason.chop(qsizetype(qstrlen(suffix)));
        if (reason != u"none")
            state.reasons << reason;
    }
    return state;
}

QStringList queueNames()
{
    Destinations destinations;
    QStringList names;
    for (int i = 0; i < destinations.count(); ++i)
        names << QString::fromUtf8(destinations.at(i)->name);
    return names;
}

QString defaultQueue()
{
    Destinations destinations;
    const cups_dest_t* dest = destinations.find({});
    return dest ? QString::fromUtf8(dest->name) : QString();
}

std::optional<Job> findJob(const QString& queue, const QString& title)
{
    cups_job_t* jobs = nullptr;
    const int count =
        cupsGetJobs2(CUPS_HTTP_DEFAULT, &jobs, queue.toUtf8().constData(), 0, CUPS_WHICHJOBS_ALL);
    std::optional<Job> found;
    for (int i = 0; i < count; ++i)
        if (QString::fromUtf8(jobs[i].title) == title && (!found || jobs[i].id > found->id))
            found = Job{jobs[i].id, jobState(jobs[i].state)};
    cupsFreeJobs(count, jobs);
    return found;
}

bool cancelJob(const QString& queue, int id)
{
    return cupsCancelJob2(CUPS_HTTP_DEFAULT, queue.toUtf8().constData(), id, 0) == IPP_STATUS_OK;
}

} // namespace ssc::cups
