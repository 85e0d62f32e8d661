import Frame
import FrameIO

/// How to read a data file named in `from`: column types and extra null markers the query sets.
public struct SourceOptions: Sendable, Hashable {
    /// Types forced on columns, by name; other columns are inferred.
    public var types: [String: DataType]
    /// Cell texts that mean "no data", in addition to the reader's defaults (empty and `NA`).
    public var nulls: [String]
    /// The field separator; `nil` lets the reader find it among `,` `;` tab and `|`.
    public var delimiter: Character?
    /// The file's encoding (`utf-8`, `latin-1`, `windows-1252`, `utf-16`,
    /// `double-encoded-utf-8`); `nil` lets the reader find it.
    public var encoding: String?
    /// How many lines above the header to skip; `nil` lets the reader find title rows.
    public var skip: Int?
    /// New names for columns, by their name in the file: `renames:{new = old}` becomes
    /// `[old: new]`.
    public var renames: [String: String]
    /// Where to write the rows that cannot be read (relative to the query file), instead of
    /// stopping at the first.
    public var badRows: String?
    /// Decimal marks, thousands separators and date orders, for the file or per column
    /// (`decimal:","`, `thousands:"."`, `date_format:"dd/mm/yyyy"`, `dates:{col = "mm/dd/yyyy"}`).
    public var valueFormats = CSVValueFormats()
    /// The sheet of an .xlsx workbook to read (`sheet:"Name"` or `sheet:2`); `nil` reads the first.
    public var sheet: XLSXSheetSelector?
    /// The row of an .xlsx sheet that names the columns (`header_row:6`); `nil` lets the reader
    /// find it below title rows.
    public var headerRow: Int?

    public init(
        types: [String: DataType] = [:], nulls: [String] = [], delimiter: Character? = nil,
        encoding: String? = nil, skip: Int? = nil, renames: [String: String] = [:], badRows: String? = nil
    ) {
        self.types = types
        self.nulls = nulls
        self.delimiter = delimiter
        self.encoding = encoding
        self.skip = skip
        self.renames = renames
        self.badRows = badRows
    }
}

/// A data file and how to read it.
public struct Source: Sendable, Hashable {
    /// The path as written in the query (relative to the query file).
    public var path: String
    public var options: SourceOptions

    public init(path: String, options: SourceOptions = SourceOptions()) {
        self.path = path
        self.options = options
    }
}
