import Frame

/// What reading a CSV file produced: the frame, and the repairs made on the way.
public struct CSVReadResult: Sendable {
    /// The columns that were read, typed.
    public var frame: DataFrame
    /// Repairs made to the header, in column order.
    public var warnings: [CSVWarning]
    /// The encoding, delimiter, header line and skipped lines the file was read with.
    public var format = CSVFileFormat()
    /// How each column of the frame was read: its type and the number and date forms decided.
    public var columnFormats: [CSVColumnFormat] = []

    /// Creates a result.
    public init(frame: DataFrame, warnings: [CSVWarning]) {
        self.frame = frame
        self.warnings = warnings
    }
}
