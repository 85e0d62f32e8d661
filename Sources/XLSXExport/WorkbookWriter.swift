import Report
#if canImport(Glibc)
import Glibc
#endif

/// Writes a `Report` as an .xlsx workbook: cover, contents, notes, then one sheet per table.
///
///     try WorkbookWriter.write(report, to: "Output/custody.xlsx")
public enum WorkbookWriter {
    /// Writes `report` to `path`, replacing any file there only once the new one is complete.
    ///
    /// Every name, header and value is checked and repaired in Swift first; the workbook is then
    /// built on this thread in the "C" locale, written beside `path` and renamed over it. On
    /// failure no file is left behind.
    ///
    /// - Throws: `XLSXError` when a table cannot fit on a worksheet, libxlsxwriter fails, or
    ///   the file cannot be written or moved.
    public static func write(_ report: Report, to path: String) throws(XLSXError) {
        let plan = try WorkbookPlan(report)
        let temporary = temporaryPath(beside: path)
        do throws(XLSXError) {
            try CLocale.run { () throws(XLSXError) in try XlsxBuilder.write(plan, to: temporary) }
            guard rename(temporary, path) == 0 else {
                throw XLSXError.fileSystem(
                    operation: "move the finished workbook to", path: path, message: String(cString: strerror(errno)))
            }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// A hidden file name in the destination's directory, so that the final rename stays on one
    /// file system and is atomic.
    private static func temporaryPath(beside path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        return "\(directory).\(name).\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
    }
}
