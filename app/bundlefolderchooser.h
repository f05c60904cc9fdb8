#pragma once

#include "bundledestinations.h"

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ssc {

// The diagnostics page's choice of where a support bundle goes (docs/operations.md, "Support bundle"): the
// default folder and each USB stick mounted, one large themed button each, the one chosen last marked
// primary, and Cancel. In the page, not a file dialog: staff pick a place, they do not browse the disk.
class BundleFolderChooser : public QFrame {
    Q_OBJECT
public:
    explicit BundleFolderChooser(QWidget* parent = nullptr);

    void setDestinations(const QList<BundleDestinations::Destination>& destinations,
                         const QString& preferred);
    // The button offering `folder` (tests press it), or null.
    QPushButton* buttonFor(const QString& folder) const;
    qsizetype choiceCount() const { return m_buttons.size(); }

signals:
    void chosen(const QString& folder);
    void cancelled();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    void showTexts(); // each destination in words, cut to its button's width
    QString describe(const BundleDestinations::Destination& destination) const;

    QLabel* m_title;
    QLabel* m_hint;
    QVBoxLayout* m_choices;
    QPushButton* m_cancel;
    QList<BundleDestinations::Destination> m_destinations;
    QList<QPushButton*> m_buttons;
};

} // namespace ssc
