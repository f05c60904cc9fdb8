#pragma once

#include <QString>

// A small file system of its own for the platform's database (tmpfs, size-limited, mounted as root), that
// the harness fills on purpose: then the platform's writes fail with "no space left on device" exactly as on
// a full disk, and succeed again once the filler is removed.
class SmallDisk {
public:
    // Mounts it at `folder` (created); false with error() set when mounting is not allowed.
    bool mount(const QString& folder, int megabytes);
    ~SmallDisk();

    void fill(); // writes a filler file until the file system is full
    void free(); // removes it
    bool isFull() const { return m_full; }
    QString error() const { return m_error; }

private:
    QString m_folder;
    QString m_error;
    bool m_mounted = false;
    bool m_full = false;
};
