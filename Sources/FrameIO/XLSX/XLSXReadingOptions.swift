import Frame

/// How to read a sheet of an .xlsx workbook. Every option has a default, so
/// `XLSXReadingOptions()` reads the first sheet and finds its header row.
///
///     var options = XLSXReadingOptions(sheet: .name("Efetivo Completo"))
///     options.headerRow = 6
public struct XLSXReadingOptions: Sendable {
    /// The sheet to read; `nil` (the default) reads the first sheet.
    public var sheet: XLSXSheetSelector?
    /// The row that names the columns, as the sheet numbers it (from 1); `nil` (the default)
    /// finds it: the first row with as many filled cells as the table's rows usually have.
    public var headerRow: Int?
    /// Text cells that mean "no value", compared with the whole text. Default `""` and `"NA"`.
    public var nullEncodings: Set<String>
    /// Types for named columns, skipping inference for them. A cell that does not fit its
    /// column's type is an error. Default none.
    public var types: [String: DataType]
    /// The columns to build, in the order wanted; `nil` (the default) builds every column.
    public var columns: [String]?

    /// Creates reading options; each parameter defaults to the value documented on its property.
    public init(
        sheet: XLSXSheetSelector? = nil,
        headerRow: Int? = nil,
        nullEncodings: Set<String> = ["", "NA"],
        types: [String: DataType] = [:],
        columns: [String]? = nil
    ) {
        self.sheet = sheet
        self.headerRow = headerRow
        self.nullEncodings = nullEncodings
        self.types = types
        self.columns = columns
    }
}
