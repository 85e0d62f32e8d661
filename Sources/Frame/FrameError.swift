/// A misuse of a frame that the caller can report: a missing column, unequal lengths, a clash.
public enum FrameError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownColumn(String, available: [String])
    case duplicateColumn(String)
    case lengthMismatch(column: String, expected: Int, found: Int)
    case typeMismatch(column: String, expected: String, found: DataType)

    public var description: String {
        switch self {
        case .unknownColumn(let name, let available):
            "no column named '\(name)' (columns: \(available.joined(separator: ", ")))"
        case .duplicateColumn(let name):
            "a column named '\(name)' already exists"
        case .lengthMismatch(let name, let expected, let found):
            "column '\(name)' has \(found) rows, expected \(expected)"
        case .typeMismatch(let name, let expected, let found):
            "column '\(name)' is \(found), expected \(expected)"
        }
    }
}
