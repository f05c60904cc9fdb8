#pragma once

#include <QLabel>
#include <QLatin1String>

namespace ssc {

// A label of "My social security card" and its pages: wrapping, styled by its object name when it has one.
inline QLabel* wrappedLabel(const QString& text, const char* objectName = nullptr)
{
    auto* l = new QLabel(text);
    if (objectName)
        l->setObjectName(QLatin1String(objectName));
    l->setWordWrap(true);
    return l;
}

} // namespace ssc
