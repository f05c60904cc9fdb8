#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

// The design system's tokens in one place (docs/design-system.md): the figures of shared/EXPERIENCE.md and
// MIIT's 适老化 rules (rules.md §11) as numbers the components, the style sheets' checks and the conformance
// test all read. Pixel sizes assume 96 dpi (1 pt = 4/3 px).
namespace ssc::design {

// What a message means. Each tone has its colour, its icon (a different shape) and its words, so status is
// never told by colour alone.
enum class Tone { Info, Success, Warning, Error };

QString toneKey(Tone tone);  // "info", "success", "warning", "error": the style sheets' [tone="…"]
QString toneIcon(Tone tone); // ":/icons/status-….svg"
QString toneWord(Tone tone); // "Note", "Done", "Take care", "Did not work" in the current language
QColor toneInk(Tone tone);   // text and icon colour, ≥ 7:1 on toneBackground
QColor toneBackground(Tone tone);

// Colours (contrast measured in tst_designsystem).
inline const QColor ink{0x1c, 0x27, 0x33};        // body text: 15.1:1 on white
inline const QColor inkSoft{0x3d, 0x4b, 0x5c};    // secondary text: 8.9:1 on white
inline const QColor page{0xf2, 0xf6, 0xfb};       // the page behind cards
inline const QColor surface{0xff, 0xff, 0xff};    // cards
inline const QColor action{0x1f, 0x5f, 0xa8};     // buttons, the header: 6.4:1 against white text
inline const QColor actionDeep{0x0b, 0x4a, 0x8b}; // the elder theme's action colour: 8.9:1 with white

// Type and targets, per theme.
struct Scale {
    int bodyPx;     // body text
    int titlePx;    // the largest text on a screen (a page's title)
    int headlinePx; // a result page's headline
    int receiptPx;  // a receipt number, to be read aloud
    int kioskTargetPx;
    double minContrast;
};
inline constexpr Scale standardScale{24, 40, 40, 44, 60, 4.5}; // 18 pt body, 30 pt titles
inline constexpr Scale elderScale{32, 48, 52, 56, 80, 7.0};    // 24 pt body, 36 pt titles
inline constexpr int counterTargetPx = 44;                     // a clerk's mouse
inline constexpr int spacing = 8;                              // the grid every margin is a multiple of

// The style sheet rules of the tones (notice banners, result pages' icons and headlines), written from the
// colours above so the sheet and the checks cannot disagree; theme.cpp appends it to the theme's sheet.
QString toneStyleSheet();

// WCAG 2.2 relative-luminance contrast ratio of two opaque colours (1 … 21).
double contrastRatio(const QColor& a, const QColor& b);

// "R20261129-ACAC330E7B7A" → "R2026 1129 ACAC 330E 7B7A": groups of four, read aloud without losing the
// place.
QString groupForReading(const QString& receiptNumber);
// A long number as printed on a certificate, masked or not, in groups of four from the left, every character
// kept ("1*************23" → "1*** **** **** **23"), and not broken across lines.
QString groupInFours(const QString& number);
// A name or a masked number that a wrapped label must not break across lines (周*明, 110101 ******** 1234):
// its spaces made no-break spaces and a word joiner (U+2060) between its characters, which Qt's line breaking
// honours; what it reads and what a screen reader says are unchanged.
QString unbroken(const QString& text);
// The words joined by a hyphen kept whole when a wrapped label breaks its line ("e-card" never "e-" |
// "card"): a word joiner after each hyphen between two letters. Strip U+2060 to read the text back.
QString hyphenatedWordsWhole(const QString& text);

// A clerk's numbered steps as rich text, the current one marked and bold (current -1: none yet), so whoever
// looks up from the citizen sees at once where the task stands.
QString numberedSteps(const QStringList& steps, int current);

} // namespace ssc::design
