import CXlsxWriter
#if canImport(Glibc)
import Glibc
#endif

/// Runs code with this thread's locale set to "C".
///
/// Debian's libxlsxwriter prints doubles with `snprintf("%.16G")`, so under a comma-decimal
/// locale every number and width in the file would read `0,875` and Excel would reject it.
/// `uselocale` is per thread, so the whole build must run synchronously inside `body`.
enum CLocale {
    static func run<Result>(_ body: () throws(XLSXError) -> Result) throws(XLSXError) -> Result {
        guard let locale = cxlsx_new_c_locale() else { throw .localeUnavailable }
        let previous = uselocale(locale)
        defer {
            uselocale(previous)
            freelocale(locale)
        }
        return try body()
    }
}
