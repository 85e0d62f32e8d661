import Frame

/// How to read a CSV file. Every option has a default, so `CSVReadingOptions()` reads an
/// RFC 4180 file with a header row.
///
///     var options = CSVReadingOptions()
///     options.types = ["ref": .string]
///     options.columns = ["date_of_report", "sent_count"]
public struct CSVReadingOptions: Sendable {
    /// Whether the first record names the columns. Default `true`. Without a header the columns
    /// are named `column_1`, `column_2`, … by position.
    public var hasHeaderRow: Bool
    /// The field separator, a single ASCII character other than `"`, CR or LF. Default `nil`:
    /// found from the first records among `,` `;` tab and `|` (see `CSVFileFormat`).
    public var delimiter: Character?
    /// The file's encoding. Default `nil`: UTF-8 (or UTF-16 with a byte order mark) when the
    /// bytes are, else Windows-1252 or Latin-1, with a warning that says which.
    public var encoding: CSVEncoding?
    /// How many lines above the header to skip. Default `nil`: title rows (far fewer fields than
    /// the body) are found and skipped, with a warning.
    public var skipLines: Int?
    /// New names for columns, by their name in the file (after header repairs); a name the file
    /// lacks is ignored, so one list can serve files of several years. Default none.
    public var renames: [String: String]
    /// Where to write, as they were, the rows that cannot be read (wrong number of fields, a
    /// stray or unclosed quote), instead of stopping at the first. Default `nil`: stop.
    public var badRowsPath: String?
    /// Cell texts that mean "no value", compared with the whole cell after unquoting (so `""` is
    /// the empty text). Default `""` and `"NA"`.
    public var nullEncodings: Set<String>
    /// Types for named columns, skipping inference for them. A cell that does not fit its
    /// column's type is an error. Default none.
    public var types: [String: DataType]
    /// The columns to build, in the order wanted; `nil` (the default) builds every column.
    /// The other columns are still checked for well-formed CSV, but not converted.
    public var columns: [String]?
    /// Decimal marks, thousands separators, date orders and missing-value tokens, for the file
    /// or per column. Default: decided per column from its values (see `CSVValueFormats`).
    public var valueFormats = CSVValueFormats()

    /// Creates reading options; each parameter defaults to the value documented on its property.
    public init(
        hasHeaderRow: Bool = true,
        delimiter: Character? = nil,
        nullEncodings: Set<String> = ["", "NA"],
        types: [String: DataType] = [:],
        columns: [String]? = nil,
        encoding: CSVEncoding? = nil,
        skipLines: Int? = nil,
        renames: [String: String] = [:],
        badRowsPath: String? = nil
    ) {
        self.encoding = encoding
        self.skipLines = skipLines
        self.renames = renames
        self.badRowsPath = badRowsPath
        self.hasHeaderRow = hasHeaderRow
        self.delimiter = delimiter
        self.nullEncodings = nullEncodings
        self.types = types
        self.columns = columns
    }

    /// The delimiter as a byte; a delimiter that is not one ASCII byte is a programming error.
    var delimiterByte: UInt8 {
        let byte = (delimiter ?? ",").asciiValue
        precondition(
            byte != nil && byte != UInt8(ascii: "\"") && byte != 10 && byte != 13,
            "the CSV delimiter must be one ASCII character other than a quote, CR or LF")
        return byte ?? UInt8(ascii: ",")
    }
}
