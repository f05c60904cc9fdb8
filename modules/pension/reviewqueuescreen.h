#pragma once

#include "moduleapi/servicemodule.h"

#include <QImage>
#include <QJsonArray>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QSoundEffect;
class QTemporaryFile;
class QPushButton;
class QVBoxLayout;

namespace ssc {

// 读数认证审核, at a counter: the read-aloud certifications waiting for a clerk, one at a time. The clerk
// watches the recording (the person reading the four digits), then approves or refuses with one of the usual
// reasons; an approval records the person's certification on the platform. Names are masked, as everywhere.
class ReviewQueueScreen : public QWidget {
    Q_OBJECT
public:
    explicit ReviewQueueScreen(const ModuleContext& context, QWidget* parent = nullptr);
    ~ReviewQueueScreen() override;

    QString statusText() const;
    int waitingCount() const { return int(m_waiting.size()); }
    int framesLoaded() const { return int(m_frames.size()); }
    bool loaded() const { return m_loaded; }
    bool hasSound() const { return m_soundFile != nullptr; }
    void approve();
    void reject(int reason); // 0..2, the reasons offered

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void select(int index);
    void play();
    void showFrame();
    void decide(const QJsonObject& decision);
    void retranslate();
    static QList<const char*> reasons();

    ModuleContext m_context;
    QJsonArray m_waiting;
    int m_current = -1;
    bool m_loaded = false;
    bool m_busy = false;
    QString m_problem;
    QList<QImage> m_frames;
    int m_frame = 0;
    QTimer m_player;
    std::unique_ptr<QTemporaryFile> m_soundFile; // the reading's sound, played with its frames
    std::unique_ptr<QSoundEffect> m_sound;
    QLabel* m_title;
    QLabel* m_status;
    QVBoxLayout* m_list;
    QLabel* m_video;
    QLabel* m_who;
    QPushButton* m_replay;
    QPushButton* m_approve;
    QList<QPushButton*> m_rejects;
    QPushButton* m_back;
};

} // namespace ssc
