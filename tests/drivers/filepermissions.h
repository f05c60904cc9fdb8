#pragma once

// For tests of a device node the terminal's user may not open: as root (CI's containers) a file's mode binds
// only without the capabilities that override it, so the test's thread gives them up for a while.
#include <QtGlobal>

#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

// Whether the calling thread may read and write files whatever their mode (root's CAP_DAC_OVERRIDE and
// CAP_DAC_READ_SEARCH in its effective set): taken away and given back within the permitted set.
// Capabilities are per thread: the thread that opens the device must be the one calling this. True when not
// root, where the mode binds anyway.
inline bool overrideFilePermissions(bool on)
{
    if (geteuid() != 0)
        return true;
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2]{};
    if (syscall(SYS_capget, &header, data) != 0)
        return false;
    for (const unsigned cap : {unsigned(CAP_DAC_OVERRIDE), unsigned(CAP_DAC_READ_SEARCH)}) {
        const quint32 bit = 1u << (cap % 32);
        data[cap / 32].effective = on ? (data[cap / 32].effective | bit) : (data[cap / 32].effective & ~bit);
    }
    return syscall(SYS_capset, &header, data) == 0;
}
