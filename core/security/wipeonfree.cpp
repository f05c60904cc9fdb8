// Freed memory is overwritten before the allocator gets it back (docs/privacy.md, "Memory and crashes").
//
// A citizen's data passes through many buffers the terminal does not own: the platform's answer as it
// arrives, the JSON parser's copies, Qt's strings for labels and log lines (masked only at the end). When a
// session ends they are freed, and glibc's free() leaves their bytes where they were until the memory is
// reused, so the person's ID number could be read from the process long after the logout. Wiping every
// holder by hand (core/security/secretwipe.h) works for the few secrets the terminal owns, not for Qt's
// internals; glibc's own M_PERTURB skips the per-thread cache that most small strings go through. So the
// terminal replaces free() and realloc() for the whole process: every block is zeroed, then handed to glibc.
// The cost is one memset per free (measured in docs/reliability.md, "Soak").
//
// Linked as an object library into ssc-terminal and the tests that stand for it (tst_soak), never into
// libraries. Sanitizers bring their own allocator, so under them this file defines nothing.
#include <malloc.h>
#include <string.h>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define SSC_WIPE_ON_FREE 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define SSC_WIPE_ON_FREE 0
#endif
#endif
#ifndef SSC_WIPE_ON_FREE
#define SSC_WIPE_ON_FREE 1
#endif

#if SSC_WIPE_ON_FREE

extern "C" {

// glibc's own entry points, exported for exactly this: an allocator wrapped by the program.
void __libc_free(void* block);
void* __libc_malloc(size_t size);

void free(void* block) noexcept
{
    if (block)
        explicit_bzero(block, malloc_usable_size(block));
    __libc_free(block);
}

// glibc's realloc moves a block without passing the old one through free(); here it is moved by hand, so the
// old copy is wiped too. A block shrinking by less than half stays where it is.
void* realloc(void* block, size_t size) noexcept
{
    if (!block)
        return __libc_malloc(size);
    if (size == 0) {
        free(block);
        return nullptr;
    }
    const size_t usable = malloc_usable_size(block);
    if (size <= usable && size >= usable / 2)
        return block;
    void* moved = __libc_malloc(size);
    if (!moved)
        return nullptr; // the old block stays valid, as realloc promises
    memcpy(moved, block, size < usable ? size : usable);
    free(block);
    return moved;
}

} // extern "C"

#endif
