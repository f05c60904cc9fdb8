#pragma once

#include "moduleapi/servicemodule.h"

#include <QByteArray>
#include <QList>
#include <QPixmap>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>

class QLabel;
class QVBoxLayout;

namespace ssc {

// The evidence attached to one dispute so far: kept by the screen, so it outlives the panel that shows it
// (a form step is drawn again whenever a choice changes).
struct AttachedEvidence {
    QString id; // the platform's, once uploaded
    QString name;
    QString mimeType;
    QStringList entries; // of an archive
    QPixmap preview;     // drawn once when attached (null: an archive); the file itself is not kept
};
struct EvidenceList {
    QList<AttachedEvidence> files;
    std::function<QString()> problem; // the last refusal, in the language of the moment; empty: none
};

// Evidence files on the dispute form: each is checked here first (the same check the platform makes, so a
// refusal is said at once and in words), then uploaded, then shown as a card with a preview — the photo
// itself, a PDF's first page, an archive's file list — and a button to take it off. Files come from the
// clerk's computer at a counter or on a home visit (a kiosk has no file system for citizens to browse);
// wherever the terminal has a camera, papers can be photographed with it.
class EvidencePanel : public QWidget {
    Q_OBJECT
public:
    EvidencePanel(const ModuleContext& context, EvidenceList& evidence, QWidget* parent = nullptr);

    // Checks, uploads and attaches one file; the outcome is said on the panel (problemText()).
    void addFile(const QString& path);
    // A photo of a paper (a contract, a pay slip) held to the terminal's camera, attached as a JPEG.
    void takePhoto();
    QString problemText() const;

signals:
    void changed(const QStringList& ids);

private:
    void upload(const QString& name, const QByteArray& bytes);
    void showFiles();
    void say(std::function<QString()> problem);

    ModuleContext m_context;
    EvidenceList& m_evidence;
    QVBoxLayout* m_cards;
    QLabel* m_problem;
    bool m_uploading = false;
};

} // namespace ssc
