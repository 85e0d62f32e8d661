#ifndef CXLSXWRITER_SHIM_H
#define CXLSXWRITER_SHIM_H
#include <locale.h>
#include <xlsxwriter.h>

/// A "C" locale handle, so numbers are written with a decimal point whatever the process locale.
static inline locale_t cxlsx_new_c_locale(void) { return newlocale(LC_ALL_MASK, "C", (locale_t)0); }
#endif
