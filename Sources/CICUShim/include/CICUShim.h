// Plain-C view of the few ICU4C services Namesake uses. Only stdint types appear here: ICU's own
// headers stay in the .c files, because Swift modules that also import Foundation see Foundation's
// bundled ICU, whose C types clash with the system ICU's.
#ifndef CICUSHIM_H
#define CICUSHIM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An ICU sentence break iterator (opaque). Not thread-safe: use one per thread, or clone.
typedef struct nsk_sentence_iterator nsk_sentence_iterator;

/// Opens a sentence break iterator for `locale` (e.g. "en@ss=standard", "ja", "sv").
/// Returns ICU's UErrorCode as int32_t: <= 0 is success (negative values are warnings).
int32_t nsk_sentence_iterator_open(const char *locale, nsk_sentence_iterator **out_iterator);

/// Clones `iterator` (its rules and locale; no text). Returns ICU's status.
int32_t nsk_sentence_iterator_clone(const nsk_sentence_iterator *iterator,
                                    nsk_sentence_iterator **out_iterator);

/// Closes an iterator from open or clone; NULL is ignored.
void nsk_sentence_iterator_close(nsk_sentence_iterator *iterator);

/// Writes the sentence boundaries of `text` (UTF-16 code-unit offsets, ascending, excluding 0 and
/// including `length` when `length > 0`) to `boundaries`. At most `length` boundaries exist, so a
/// capacity of `length` always suffices. Returns ICU's status; U_BUFFER_OVERFLOW_ERROR (15) if the
/// capacity was too small, with `*out_count` the number written.
int32_t nsk_sentence_boundaries(nsk_sentence_iterator *iterator, const uint16_t *text, int32_t length,
                                int32_t *boundaries, int32_t capacity, int32_t *out_count);

/// Counts sentence boundaries of `text` without storing them: the raw ICU loop, for benchmarks.
int32_t nsk_sentence_count(nsk_sentence_iterator *iterator, const uint16_t *text, int32_t length,
                           int64_t *out_count);

/// Converts UTF-8 to UTF-16 with ICU (u_strFromUTF8); invalid input is an error status.
/// `*out_length` receives the UTF-16 length written (or needed, on overflow).
int32_t nsk_utf8_to_utf16(const char *utf8, int32_t utf8_length, uint16_t *dest, int32_t capacity,
                          int32_t *out_length);

/// ICU's name for a status code, e.g. "U_MISSING_RESOURCE_ERROR". Never NULL.
const char *nsk_status_name(int32_t status);

/// The ICU version string, e.g. "72.1", written into `buffer` (NUL-terminated).
void nsk_icu_version(char *buffer, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
