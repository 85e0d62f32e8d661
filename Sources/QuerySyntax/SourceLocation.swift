/// A position in a source file: a UTF-8 offset plus the 1-based line and column.
///
/// The column counts characters (grapheme clusters), not bytes, so a caret printed under
/// column `n` lines up with the text even when the line contains `ã` or `Σ`.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The offset in UTF-8 bytes from the start of the file.
    public var offset: Int
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, counted in characters.
    public var column: Int

    /// Creates a location from its offset, line and column.
    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// The start of a file.
    public static let start = SourceLocation(offset: 0, line: 1, column: 1)

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        lhs.offset < rhs.offset
    }

    /// `line:column`, as printed in diagnostics.
    public var description: String { "\(line):\(column)" }
}
