#pragma once

#include "faceanalyzer.h"
#include "facemeasurement.h"

#include <QImage>
#include <QObject>
#include <QThread>

#include <atomic>

namespace ssc::face {

// The analyser on its own thread, so the screen never waits for it: frames are offered as the camera gives
// them; one is analysed at a time and the others are dropped (a late measurement is worth less than a fresh
// one). The models load on that thread with the first frame, not at start-up.
class FacePipeline : public QObject {
    Q_OBJECT
public:
    explicit FacePipeline(FaceAnalyzer::Settings settings = {}, QObject* parent = nullptr);
    ~FacePipeline() override;

    // Returns false when the frame was dropped because the previous one is still being analysed.
    bool offer(const QImage& frame, qint64 atMs);
    void reset();
    // Analysing a frame now: a frame offered would be dropped.
    bool busy() const { return m_busy; }
    quint64 framesAnalysed() const { return m_analysed; }
    quint64 framesDropped() const { return m_dropped; }

signals:
    void measured(const ssc::face::FaceMeasurement& measurement, const QImage& frame);
    void failed(const QString& reason); // the models could not be loaded

private:
    QThread m_thread;
    QObject* m_worker;
    FaceAnalyzer* m_analyzer; // lives and dies on m_thread
    std::atomic<bool> m_busy{false};
    quint64 m_analysed = 0;
    quint64 m_dropped = 0;
};

} // namespace ssc::face

Q_DECLARE_METATYPE(ssc::face::FaceMeasurement)
