/// Where in a CSV file something was found: the file, the physical line, and the CSV column.
///
/// `line` counts physical lines from 1, so a quoted field holding newlines moves the lines of
/// everything after it. `column` is the 1-based position of the field in its record (the CSV
/// column), not a character offset.
public struct CSVLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file's path as given to the reader, or a name for in-memory input.
    public var path: String
    /// The 1-based physical line on which the field starts.
    public var line: Int
    /// The 1-based position of the field within its record.
    public var column: Int
    /// The name of that column, when the header has one for it.
    public var columnName: String?
    /// The text of the line, shortened, for errors about the shape of a row. Shown, not compared:
    /// two locations are equal when they name the same place.
    public var excerpt: String?

    /// Creates a location.
    public init(path: String, line: Int, column: Int, columnName: String? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.columnName = columnName
    }

    public static func == (a: CSVLocation, b: CSVLocation) -> Bool {
        a.path == b.path && a.line == b.line && a.column == b.column && a.columnName == b.columnName
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(line)
        hasher.combine(column)
        hasher.combine(columnName)
    }

    /// `path:line:column`, the form editors and terminals jump to.
    public var description: String { "\(path):\(line):\(column)" }
}
