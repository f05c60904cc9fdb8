#include "facepipeline.h"

#include "threading/queuedcall.h"

namespace ssc::face {

FacePipeline::FacePipeline(FaceAnalyzer::Settings settings, QObject* parent)
    : QObject(parent), m_worker(new QObject), m_analyzer(new FaceAnalyzer(std::move(settings)))
{
    qRegisterMetaType<FaceMeasurement>();
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("face-analysis"));
    m_thread.start();
}

FacePipeline::~FacePipeline()
{
    // The thread stops after the frame in hand; then nothing else can touch the analyser or the worker.
    m_thread.quit();
    m_thread.wait();
    delete m_analyzer;
    delete m_worker;
}

bool FacePipeline::offer(const QImage& frame, qint64 atMs)
{
    if (m_busy.exchange(true)) {
        ++m_dropped;
        return false;
    }
    queueCall(m_worker, [this, frame, atMs] {
        QString error;
        if (!m_analyzer->load(&error)) {
            queueCall(this, [this, error] {
                m_busy = false;
                emit failed(error);
            });
            return;
        }
        const FaceMeasurement m = m_analyzer->analyse(frame, atMs);
        queueCall(this, [this, m, frame] {
            m_busy = false;
            ++m_analysed;
            emit measured(m, frame);
        });
    });
    return true;
}

void FacePipeline::reset()
{
    queueCall(m_worker, [this] { m_analyzer->reset(); });
}

} // namespace ssc::face
