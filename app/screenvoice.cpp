#include "screenvoice.h"

#include <QAbstractButton>
#include <QLabel>
#include <QTextDocumentFragment>

#include <algorithm>

namespace ssc {
namespace {

bool isTitle(const QLabel* label)
{
    return label->objectName() == u"pageTitle" || label->objectName() == u"promptTitle";
}

bool onScreen(const QWidget* widget, const QWidget* screen)
{
    return widget->isVisibleTo(screen) && !widget->visibleRegion().isEmpty();
}

QString plain(const QLabel* label)
{
    // Rich text (bold receipt numbers, line breaks) is read as the words it shows.
    return QTextDocumentFragment::fromHtml(label->text()).toPlainText().simplified();
}

} // namespace

QString screenText(const QWidget* screen)
{
    if (!screen)
        return {};
    QList<const QLabel*> labels;
    for (const QLabel* label : screen->findChildren<QLabel*>())
        if (onScreen(label, screen) && !qobject_cast<QAbstractButton*>(label->parentWidget()) &&
            !plain(label).isEmpty())
            labels.append(label);
    const auto position = [screen](const QWidget* w) { return w->mapTo(screen, QPoint(0, 0)); };
    std::stable_sort(labels.begin(), labels.end(), [&](const QLabel* a, const QLabel* b) {
        if (isTitle(a) != isTitle(b))
            return isTitle(a); // the title first, wherever it is drawn
        const QPoint pa = position(a);
        const QPoint pb = position(b);
        return pa.y() != pb.y() ? pa.y() < pb.y() : pa.x() < pb.x();
    });
    QStringList parts;
    for (const QLabel* label : labels)
        parts << plain(label);
    return parts.join(u'\n');
}

} // namespace ssc
