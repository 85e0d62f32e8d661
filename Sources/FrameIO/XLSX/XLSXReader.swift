import Frame

/// Reads a sheet of an .xlsx workbook into a `DataFrame`.
///
/// The workbook is a zip of XML parts; the reader opens it with minizip and scans the parts it
/// needs: the list of sheets, the shared strings, the cell formats (to know which numbers are
/// dates) and the chosen sheet. Sheets made for people often carry a title above the table:
/// the reader finds the header row below it (see `XLSXTable`) and reports what it skipped.
/// Column types follow the CSV reader's rules on the types the workbook stored (see
/// `XLSXColumnBuilding`); dates honour the 1900 date system, Excel's phantom 29 February 1900
/// included, and the 1904 system. Formulas count by the value Excel last computed.
///
///     let result = try XLSXReader.read(
///         path: "data/efetivo.xlsx", options: XLSXReadingOptions(sheet: .name("Efetivo Completo")))
///     for warning in result.warnings { print(warning) }
///     print(result.frame)
public enum XLSXReader {
    /// Reads one sheet of the workbook at `path`.
    /// - Throws: `XLSXReadingError` when the file is missing, not a workbook or damaged, the
    ///   sheet does not exist or is empty, a cell does not fit a requested type, or the options
    ///   name a column the sheet lacks.
    public static func read(
        path: String, options: XLSXReadingOptions = XLSXReadingOptions()
    ) throws(XLSXReadingError) -> XLSXReadResult {
        let workbook = try XLSXWorkbook(path: path)
        let sheet = try workbook.sheet(options.sheet)
        let cells = try workbook.cells(of: sheet)
        let table = try XLSXTable(rows: cells.rows, headerRow: options.headerRow, path: path, sheet: sheet.name)
        for name in (options.types.keys.sorted() + (options.columns ?? [])) where !table.names.contains(name) {
            throw .unknownColumn(path: path, sheet: sheet.name, name: name, available: table.names)
        }
        var building = XLSXColumnBuilding(
            path: path, sheet: sheet.name, dateSystem: workbook.dateSystem, nulls: options.nullEncodings)
        var frame = DataFrame(rowCount: table.body.count)
        for name in options.columns ?? table.names where frame[name] == nil {
            let index = table.names.firstIndex(of: name)!
            let column = try building.column(
                table.columns[index], named: name, rows: table.body, requested: options.types[name])
            do {
                try frame.append(column)
            } catch {
                preconditionFailure("a sheet's columns have unique names and one value per body row")
            }
        }
        return XLSXReadResult(
            frame: frame, sheet: sheet.name, headerRow: table.headerRow, warnings: table.warnings + building.warnings)
    }

    /// The names of the workbook's sheets, in tab order.
    public static func sheetNames(path: String) throws(XLSXReadingError) -> [String] {
        try XLSXWorkbook(path: path).sheets.map(\.name)
    }

    /// Whether `path` names a workbook this reader takes, by its extension (`.xlsx`, `.xlsm`).
    public static func isWorkbook(path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".xlsx") || lowered.hasSuffix(".xlsm")
    }
}
