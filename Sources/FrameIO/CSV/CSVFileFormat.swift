/// How the reader read a file: each choice it made before parsing, and whether it was found or
/// given. `oversight describe` prints them.
public struct CSVFileFormat: Sendable, Hashable {
    /// The encoding the bytes were read in.
    public var encoding: CSVEncoding = .utf8
    /// Whether the file starts with a byte order mark.
    public var hasByteOrderMark = false
    /// Whether `encoding` was found from the bytes rather than given.
    public var encodingDetected = true
    /// The field separator.
    public var delimiter: Character = ","
    /// Whether `delimiter` was found from the first records rather than given.
    public var delimiterDetected = true
    /// The physical line of the header row, or `nil` for a file read without one.
    public var headerLine: Int?
    /// How many lines above the header were skipped.
    public var skippedLines = 0
    /// Whether `skippedLines` was found (title rows) rather than given.
    public var skipDetected = true
    /// How many bad rows were written to `badRowsPath`.
    public var badRowCount = 0
    /// The side file bad rows went to, when one was asked for.
    public var badRowsPath: String?

    /// A format with the defaults: UTF-8, comma-separated, header on line 1.
    public init() {}
}
