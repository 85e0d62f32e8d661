import Frame

/// What reading a sheet produced: the frame, where its table was found, and what was skipped
/// or repaired on the way.
public struct XLSXReadResult: Sendable {
    /// The columns that were read, typed.
    public var frame: DataFrame
    /// The name of the sheet read.
    public var sheet: String
    /// The row that named the columns, as the sheet numbers it.
    public var headerRow: Int
    /// Rows skipped, names repaired, cells read as null; in the order they were found.
    public var warnings: [XLSXWarning]
}
