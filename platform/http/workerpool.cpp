#include "workerpool.h"

#include "api/messages.h"
#include "logging/logging.h"
#include "threading/queuedcall.h"

#include <exception>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace ssc::platform {
namespace {

std::function<ApiResult()> failed()
{
    return [] {
        return ApiResult::error(503, QStringLiteral("service_unavailable"), messages::storageUnavailable());
    };
}

// Heavy work yields the processor to the serving thread: on Linux the nice value is per thread, so this
// thread (and the threads it starts, such as OpenCV's) runs at `nice` (10 by default) while routing and
// answering keep 0.
void yieldToServing(int nice)
{
    thread_local bool done = false;
    if (done)
        return;
    done = true;
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), nice);
}

} // namespace

WorkerPool::WorkerPool(int threads, int queue, int nice, QObject* parent)
    : QObject(parent), m_capacity(std::max(1, threads) + std::max(0, queue)), m_nice(nice)
{
    m_pool.setMaxThreadCount(std::max(1, threads));
    m_pool.setExpiryTimeout(-1); // keep the threads: the analysis models they warm stay per process anyway
}

WorkerPool::~WorkerPool()
{
    m_pool.waitForDone();
}

bool WorkerPool::run(Deferred deferred, std::function<void(std::function<ApiResult()>)> done)
{
    if (m_inFlight >= m_capacity)
        return false;
    ++m_inFlight;
    m_pool.start([this, work = std::move(deferred.work), done = std::move(done)] {
        yieldToServing(m_nice);
        std::function<ApiResult()> rest;
        try {
            rest = work();
        } catch (const std::exception& e) {
            qCCritical(lcCore) << "deferred work failed:" << e.what();
        } catch (...) {
            qCCritical(lcCore) << "deferred work failed with an unknown exception";
        }
        if (!rest)
            rest = failed();
        // Back to the serving thread, the way every thread hands over here (threading/queuedcall.h).
        queueCall(this, [this, done, rest] {
            --m_inFlight;
            done(rest);
        });
    });
    return true;
}

} // namespace ssc::platform
