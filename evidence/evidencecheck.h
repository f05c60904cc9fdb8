#pragma once

#include "i18n/translatabletext.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ssc {

// Evidence files attached to a labour dispute (photos, PDF, a .zip of them: the brief "相关证据要提交").
// They come from outside — a phone's photos, a USB stick, a citizen's e-mail — so every file is treated as
// hostile until checked: the type is read from the content, not the name (a program renamed .jpg is refused);
// pictures are decoded in full under a pixel limit; PDFs are read by qpdf and must be whole, unencrypted and
// without scripts, actions, links or embedded files (pdfinspection.h); archives are opened without unpacking
// anything to disk, and refused for paths that climb out (../, /, C:), links, encryption, nested archives,
// too many entries, or more unpacked bytes than the limits allow (zip bombs), with every entry checked as a
// file of its own. The terminal checks before uploading; the platform checks again before storing
// (docs/disputes.md, "Evidence").
enum class EvidenceType { Unknown, Jpeg, Png, Pdf, Zip };

struct EvidenceLimits {
    qint64 maxFileBytes = 10 * 1024 * 1024; // one file as uploaded
    qint64 maxUnpackedBytes =
        50 * 1024 * 1024; // all entries of an archive, or a PDF's object streams, unpacked
    int maxEntries = 50;  // files in one archive
    int maxRatio = 100;   // unpacked / packed size of one entry
    qint64 maxImagePixels = 40 * 1000 * 1000; // a 40-megapixel photo is more than any phone takes
};

struct EvidenceVerdict {
    bool accepted = false;
    // Empty, or why refused: empty_file | too_large | bad_name | unknown_type | fake_extension | broken_image
    // | image_too_large | broken_pdf | pdf_encrypted | pdf_javascript | pdf_open_action | pdf_auto_action |
    // pdf_launch | pdf_embedded_file | pdf_uri | pdf_xfa | broken_zip | zip_path | zip_link | zip_encrypted |
    // zip_nested | zip_too_many | zip_bomb | zip_entry (with entry)
    QString code;
    TranslatableText reason;
    EvidenceType type = EvidenceType::Unknown;
    QString name;        // the file's own name, without any folder
    QStringList entries; // an archive's files, as listed
    QString entry;       // the archive entry a refusal is about
};

EvidenceVerdict checkEvidence(const QString& fileName, const QByteArray& bytes,
                              const EvidenceLimits& limits = {});

// What the content is, from its first bytes only.
EvidenceType sniffEvidenceType(const QByteArray& bytes);
QString evidenceMimeType(EvidenceType type);

} // namespace ssc
