// The only translation unit that includes ICU headers.
#include "CICUShim.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uclean.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>
#include <unicode/utypes.h>

struct nsk_sentence_iterator {
  UBreakIterator *iterator;
};

static int32_t wrap(UBreakIterator *iterator, UErrorCode status, nsk_sentence_iterator **out) {
  if (U_FAILURE(status)) {
    if (iterator != NULL) ubrk_close(iterator);
    return (int32_t)status;
  }
  nsk_sentence_iterator *wrapper = (nsk_sentence_iterator *)malloc(sizeof(nsk_sentence_iterator));
  if (wrapper == NULL) {
    ubrk_close(iterator);
    return (int32_t)U_MEMORY_ALLOCATION_ERROR;
  }
  wrapper->iterator = iterator;
  *out = wrapper;
  return (int32_t)status;
}

int32_t nsk_sentence_iterator_open(const char *locale, nsk_sentence_iterator **out_iterator) {
  if (locale == NULL || out_iterator == NULL) return (int32_t)U_ILLEGAL_ARGUMENT_ERROR;
  *out_iterator = NULL;
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator *iterator = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &status);
  return wrap(iterator, status, out_iterator);
}

int32_t nsk_sentence_iterator_clone(const nsk_sentence_iterator *source,
                                    nsk_sentence_iterator **out_iterator) {
  if (source == NULL || out_iterator == NULL) return (int32_t)U_ILLEGAL_ARGUMENT_ERROR;
  *out_iterator = NULL;
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator *iterator = ubrk_clone(source->iterator, &status);
  return wrap(iterator, status, out_iterator);
}

void nsk_sentence_iterator_close(nsk_sentence_iterator *iterator) {
  if (iterator == NULL) return;
  ubrk_close(iterator->iterator);
  free(iterator);
}

int32_t nsk_sentence_boundaries(nsk_sentence_iterator *iterator, const uint16_t *text, int32_t length,
                                int32_t *boundaries, int32_t capacity, int32_t *out_count) {
  if (iterator == NULL || out_count == NULL || length < 0 || (length > 0 && text == NULL))
    return (int32_t)U_ILLEGAL_ARGUMENT_ERROR;
  *out_count = 0;
  if (length == 0) return (int32_t)U_ZERO_ERROR;
  UErrorCode status = U_ZERO_ERROR;
  ubrk_setText(iterator->iterator, (const UChar *)text, length, &status);
  if (U_FAILURE(status)) return (int32_t)status;
  int32_t count = 0;
  for (int32_t b = ubrk_next(iterator->iterator); b != UBRK_DONE; b = ubrk_next(iterator->iterator)) {
    if (count >= capacity) {
      *out_count = count;
      ubrk_setText(iterator->iterator, NULL, 0, &status);
      return (int32_t)U_BUFFER_OVERFLOW_ERROR;
    }
    boundaries[count++] = b;
  }
  *out_count = count;
  // Detach the caller's buffer so the iterator never holds a dangling pointer.
  ubrk_setText(iterator->iterator, NULL, 0, &status);
  return (int32_t)status;
}

int32_t nsk_sentence_count(nsk_sentence_iterator *iterator, const uint16_t *text, int32_t length,
                           int64_t *out_count) {
  if (iterator == NULL || out_count == NULL || length < 0 || (length > 0 && text == NULL))
    return (int32_t)U_ILLEGAL_ARGUMENT_ERROR;
  *out_count = 0;
  UErrorCode status = U_ZERO_ERROR;
  ubrk_setText(iterator->iterator, (const UChar *)text, length, &status);
  if (U_FAILURE(status)) return (int32_t)status;
  int64_t count = 0;
  while (ubrk_next(iterator->iterator) != UBRK_DONE) count++;
  *out_count = count;
  ubrk_setText(iterator->iterator, NULL, 0, &status);
  return (int32_t)status;
}

int32_t nsk_utf8_to_utf16(const char *utf8, int32_t utf8_length, uint16_t *dest, int32_t capacity,
                          int32_t *out_length) {
  if (out_length == NULL) return (int32_t)U_ILLEGAL_ARGUMENT_ERROR;
  UErrorCode status = U_ZERO_ERROR;
  u_strFromUTF8((UChar *)dest, capacity, out_length, utf8, utf8_length, &status);
  return (int32_t)status;
}

const char *nsk_status_name(int32_t status) {
  const char *name = u_errorName((UErrorCode)status);
  return name != NULL ? name : "unknown ICU status";
}

void nsk_icu_version(char *buffer, int32_t capacity) {
  if (buffer == NULL || capacity <= 0) return;
  UVersionInfo version;
  u_getVersion(version);
  char text[U_MAX_VERSION_STRING_LENGTH];
  u_versionToString(version, text);
  strncpy(buffer, text, (size_t)capacity - 1);
  buffer[capacity - 1] = '\0';
}
