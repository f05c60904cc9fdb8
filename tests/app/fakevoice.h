#pragma once

// A voice that writes down what it would say, in which language: what "read this screen to me" says, checked
// without a loudspeaker.
#include "screenvoice.h"

#include <QList>
#include <QPair>
#include <QString>

class FakeVoice : public ssc::ScreenVoice {
public:
    void say(const QString& text, const QString& language) override { said.append({text, language}); }
    void stop() override { ++stops; }

    QList<QPair<QString, QString>> said; // text, language
    int stops = 0;
};
