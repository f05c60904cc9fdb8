#pragma once

#include <QString>

namespace ssc::platform {

class Database;

// The demo population (docs/demo.md): a few hundred generated people with valid numbers, plus named people
// for every case the terminal must show. Idempotent: seeding a seeded database changes nothing.
struct DemoSeedReport {
    int people = 0;
    int cards = 0;
    bool alreadySeeded = false;
};
DemoSeedReport seedDemoData(Database& db, int generatedPeople = 300);

// Demo terminal credentials (demo only; real terminals are registered with `ssc-platform register-terminal`).
inline const QString demoTerminalSecretSuffix = QStringLiteral("-demo-secret");
inline const QString demoStaffPassword = QStringLiteral("demo-password-2026");

} // namespace ssc::platform
