// Shim over the system ICU (Debian libicu-dev).
//
// ICU's headers rename every C entry point to a versioned symbol
// (`ubrk_open` -> `ubrk_open_72`) with function-like macros that Swift cannot
// import. For each function kiemdiem needs, this header drops the macro and
// declares a `static inline` forwarder with the plain name that calls the
// versioned symbol through `U_ICU_ENTRY_POINT_RENAME`, so no ICU version is
// hard-coded anywhere. Only the Swift module `KiemdiemICU` imports this.
#ifndef KIEMDIEM_CICU_SHIM_H
#define KIEMDIEM_CICU_SHIM_H

#include <unicode/utypes.h>
#include <unicode/uvernum.h>
#include <unicode/urename.h>
#include <unicode/ustring.h>
#include <unicode/unorm2.h>
#include <unicode/ubrk.h>
#include <unicode/unum.h>
#include <unicode/ucol.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#define KD_ICU(name) U_ICU_ENTRY_POINT_RENAME(name)

/// Makes a converter report invalid or unmappable input as an error instead
/// of substituting U+FFFD.
static inline void kd_ucnv_stopOnError(UConverter *cnv, UErrorCode *status) {
    // Both names are still ICU's renaming macros here, so they expand to the versioned symbols.
    ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, status);
}

/// Makes a converter report characters the charset cannot encode as an error.
static inline void kd_ucnv_stopOnUnmappable(UConverter *cnv, UErrorCode *status) {
    ucnv_setFromUCallBack(cnv, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, status);
}

#undef u_errorName
static inline const char *u_errorName(UErrorCode code) { return KD_ICU(u_errorName)(code); }

#undef unorm2_getNFCInstance
static inline const UNormalizer2 *unorm2_getNFCInstance(UErrorCode *status) { return KD_ICU(unorm2_getNFCInstance)(status); }
#undef unorm2_getNFDInstance
static inline const UNormalizer2 *unorm2_getNFDInstance(UErrorCode *status) { return KD_ICU(unorm2_getNFDInstance)(status); }
#undef unorm2_normalize
static inline int32_t unorm2_normalize(const UNormalizer2 *n, const UChar *src, int32_t length, UChar *dest, int32_t capacity, UErrorCode *status) {
    return KD_ICU(unorm2_normalize)(n, src, length, dest, capacity, status);
}
#undef unorm2_isNormalized
static inline UBool unorm2_isNormalized(const UNormalizer2 *n, const UChar *s, int32_t length, UErrorCode *status) {
    return KD_ICU(unorm2_isNormalized)(n, s, length, status);
}

#undef ubrk_open
static inline UBreakIterator *ubrk_open(UBreakIteratorType type, const char *locale, const UChar *text, int32_t textLength, UErrorCode *status) {
    return KD_ICU(ubrk_open)(type, locale, text, textLength, status);
}
#undef ubrk_close
static inline void ubrk_close(UBreakIterator *bi) { KD_ICU(ubrk_close)(bi); }
#undef ubrk_first
static inline int32_t ubrk_first(UBreakIterator *bi) { return KD_ICU(ubrk_first)(bi); }
#undef ubrk_next
static inline int32_t ubrk_next(UBreakIterator *bi) { return KD_ICU(ubrk_next)(bi); }
#undef ubrk_getRuleStatus
static inline int32_t ubrk_getRuleStatus(UBreakIterator *bi) { return KD_ICU(ubrk_getRuleStatus)(bi); }

#undef unum_open
static inline UNumberFormat *unum_open(UNumberFormatStyle style, const UChar *pattern, int32_t patternLength, const char *locale, UParseError *parseErr, UErrorCode *status) {
    return KD_ICU(unum_open)(style, pattern, patternLength, locale, parseErr, status);
}
#undef unum_close
static inline void unum_close(UNumberFormat *fmt) { KD_ICU(unum_close)(fmt); }
#undef unum_parseDouble
static inline double unum_parseDouble(const UNumberFormat *fmt, const UChar *text, int32_t textLength, int32_t *parsePos, UErrorCode *status) {
    return KD_ICU(unum_parseDouble)(fmt, text, textLength, parsePos, status);
}
#undef unum_setAttribute
static inline void unum_setAttribute(UNumberFormat *fmt, UNumberFormatAttribute attr, int32_t newValue) { KD_ICU(unum_setAttribute)(fmt, attr, newValue); }
#undef unum_formatInt64
static inline int32_t unum_formatInt64(const UNumberFormat *fmt, int64_t number, UChar *result, int32_t resultLength, UFieldPosition *pos, UErrorCode *status) {
    return KD_ICU(unum_formatInt64)(fmt, number, result, resultLength, pos, status);
}

#undef ucol_open
static inline UCollator *ucol_open(const char *loc, UErrorCode *status) { return KD_ICU(ucol_open)(loc, status); }
#undef ucol_close
static inline void ucol_close(UCollator *coll) { KD_ICU(ucol_close)(coll); }
#undef ucol_strcoll
static inline UCollationResult ucol_strcoll(const UCollator *coll, const UChar *source, int32_t sourceLength, const UChar *target, int32_t targetLength) {
    return KD_ICU(ucol_strcoll)(coll, source, sourceLength, target, targetLength);
}
#undef ucol_getSortKey
static inline int32_t ucol_getSortKey(const UCollator *coll, const UChar *source, int32_t sourceLength, uint8_t *result, int32_t resultLength) {
    return KD_ICU(ucol_getSortKey)(coll, source, sourceLength, result, resultLength);
}

#undef ucnv_open
static inline UConverter *ucnv_open(const char *name, UErrorCode *status) { return KD_ICU(ucnv_open)(name, status); }
#undef ucnv_close
static inline void ucnv_close(UConverter *cnv) { KD_ICU(ucnv_close)(cnv); }
#undef ucnv_toUChars
static inline int32_t ucnv_toUChars(UConverter *cnv, UChar *dest, int32_t destCapacity, const char *src, int32_t srcLength, UErrorCode *status) {
    return KD_ICU(ucnv_toUChars)(cnv, dest, destCapacity, src, srcLength, status);
}
#undef ucnv_fromUChars
static inline int32_t ucnv_fromUChars(UConverter *cnv, char *dest, int32_t destCapacity, const UChar *src, int32_t srcLength, UErrorCode *status) {
    return KD_ICU(ucnv_fromUChars)(cnv, dest, destCapacity, src, srcLength, status);
}

#endif
