// Internal. Use include/khaldun/khaldun.h.
// KHALDUN_DCHECK: programmer-error checks, on in Debug and sanitizer builds,
// compiled out in Release (NDEBUG). Plain assert() is not used.
#ifndef KHALDUN_SRC_BASE_CHECK_H_
#define KHALDUN_SRC_BASE_CHECK_H_

#include <cstdio>
#include <cstdlib>

#ifdef NDEBUG
#define KHALDUN_DCHECK(cond) \
  do {                       \
  } while (false && (cond))
#else
#define KHALDUN_DCHECK(cond)                                                          \
  do {                                                                                \
    if (!(cond)) {                                                                    \
      std::fprintf(stderr, "%s:%d: KHALDUN_DCHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                   \
    }                                                                                 \
  } while (false)
#endif

#endif  // KHALDUN_SRC_BASE_CHECK_H_
