/// One cell as it will be written, after every check and repair.
enum CellValue: Equatable {
    /// No cell at all: a missing value.
    case blank
    /// A finite number (a count, a rate, a date serial).
    case number(Double)
    /// Text, already cleaned and within Excel's length limit.
    case text(String)
    case boolean(Bool)
    /// A link to cell A1 of another sheet of the workbook, showing the sheet's name.
    case sheetLink(sheet: String)
}

/// How a cell looks: each distinct style becomes one libxlsxwriter format.
enum CellStyle: Hashable {
    case plain
    /// Bold text (the labels of the cover).
    case label
    /// Text that wraps, aligned to the top (long values of the cover and notes).
    case wrapped
    /// A header cell written outside an Excel table: bold, with a rule below.
    case header
    /// A number format code, in US syntax (`#,##0`, `0.0%`, `yyyy-mm-dd`).
    case number(String)
}
