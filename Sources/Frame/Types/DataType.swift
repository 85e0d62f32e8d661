/// The physical type of a column's values.
public enum DataType: String, Sendable, Hashable, CustomStringConvertible {
    case int64
    case double
    case bool
    case date
    case string

    public var description: String { rawValue }

    /// Whether values of this type are numbers that arithmetic accepts.
    public var isNumeric: Bool { self == .int64 || self == .double }
}
