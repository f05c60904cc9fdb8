// Writes the example system settings file (installer/terminal.ini.example) from the terminal's own list of
// settings, so the file cannot drift from what the terminal reads (core/settings/settings.h).
#include "settings/settings.h"

#include <QFile>

#include <cstdio>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fputs("usage: ssc-settings-example FILE\n", stderr);
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", argv[1]);
        return 1;
    }
    file.write(ssc::exampleSystemFile().toUtf8());
    return 0;
}
