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
    /// The field separator, a single ASCII character other than `"`, CR or LF. Default `,`.
    public var delimiter: Character
    /// Cell texts that mean "no value", compared with the whole cell after unquoting (so `""` is
    /// the empty text). Default `""` and `"NA"`.
    public var nullEncodings: Set<String>
    /// Types for named columns, skipping inference for them. A cell that does not fit its
    /// column's type is an error. Default none.
    public var types: [String: DataType]
    /// The columns to build, in the order wanted; `nil` (the default) builds every column.
    /// The other columns are still checked for well-formed CSV, but not converted.
    public var columns: [String]?

    /// Creates reading options; each parameter defaults to the value documented on its property.
    public init(
        hasHeaderRow: Bool = true,
        delimiter: Character = ",",
        nullEncodings: Set<String> = ["", "NA"],
        types: [String: DataType] = [:],
        columns: [String]? = nil
    ) {
        self.hasHeaderRow = hasHeaderRow
        self.delimiter = delimiter
        self.nullEncodings = nullEncodings
        self.types = types
        self.columns = columns
    }

    /// The delimiter as a byte; a delimiter that is not one ASCII byte is a programming error.
    var delimiterByte: UInt8 {
        let byte = delimiter.asciiValue
        precondition(
            byte != nil && byte != UInt8(ascii: "\"") && byte != 10 && byte != 13,
            "the CSV delimiter must be one ASCII character other than a quote, CR or LF")
        return byte ?? UInt8(ascii: ",")
    }
}
