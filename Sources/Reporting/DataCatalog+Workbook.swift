import FrameIO
import QueryEngine

extension DataCatalog {
    /// Reads the sheet of an .xlsx workbook that `source` names, with the options that apply to
    /// workbooks; options that only mean something for CSV text are refused, not ignored.
    func readWorkbook(_ source: Source, at path: String, columns: [String]?) throws -> XLSXReadResult {
        var csvOnly: [String] = []
        if source.options.delimiter != nil { csvOnly.append("delimiter") }
        if source.options.encoding != nil { csvOnly.append("encoding") }
        if source.options.skip != nil { csvOnly.append("skip") }
        if source.options.badRows != nil { csvOnly.append("bad_rows") }
        if !source.options.renames.isEmpty { csvOnly.append("renames") }
        if let option = csvOnly.first {
            throw WorkbookOptionError(path: source.path, option: option, forWorkbook: true)
        }
        var options = XLSXReadingOptions(
            sheet: source.options.sheet, headerRow: source.options.headerRow, types: source.options.types, columns: columns)
        options.nullEncodings.formUnion(source.options.nulls)
        do {
            return try XLSXReader.read(path: path, options: options)
        } catch {
            // A missing file is reported at the query's `from`, which is where the path was written.
            if case .fileNotFound = error { throw MissingSource(path: path) }
            throw error
        }
    }

    /// Refuses `sheet:` and `header_row:` for a file that is not a workbook.
    func refuseWorkbookOptions(_ source: Source) throws {
        if source.options.sheet != nil { throw WorkbookOptionError(path: source.path, option: "sheet", forWorkbook: false) }
        if source.options.headerRow != nil { throw WorkbookOptionError(path: source.path, option: "header_row", forWorkbook: false) }
    }

    /// A reading option given for a file of the other kind: CSV's for a workbook, or the reverse.
    struct WorkbookOptionError: Error, CustomStringConvertible {
        let path: String
        let option: String
        /// Whether the file is a workbook (and the option is CSV's).
        let forWorkbook: Bool
        var description: String {
            forWorkbook
                ? "\(option): applies to CSV files; '\(path)' is an .xlsx workbook, read with sheet:, header_row:, types: and nulls:"
                : "\(option): applies to .xlsx workbooks; '\(path)' is read as CSV text"
        }
    }
}
