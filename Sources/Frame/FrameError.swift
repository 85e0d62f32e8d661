/// A misuse of a frame that the caller can report: a missing column, unequal lengths, a clash.
public enum FrameError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownColumn(String, available: [String])
    case duplicateColumn(String)
    case lengthMismatch(column: String, expected: Int, found: Int)
    case typeMismatch(column: String, expected: String, found: DataType)
    /// An integer sum that does not fit in 64 bits.
    case overflow(column: String)

    public var description: String {
        switch self {
        case .unknownColumn(let name, let available):
            "no column named '\(name)' (columns: \(available.joined(separator: ", ")))"
        case .duplicateColumn(let name):
            "a column named '\(name)' already exists"
        case .lengthMismatch(let name, let expected, let found):
            "column '\(name)' has \(found) rows, expected \(expected)"
        case .overflow(let name):
            "the sum of '\(name)' does not fit in a 64-bit integer; convert the column to decimals first (x * 1.0)"
        case .typeMismatch(let name, let expected, let found):
            "column '\(name)' is \(found), expected \(expected)"
        }
    }
}
