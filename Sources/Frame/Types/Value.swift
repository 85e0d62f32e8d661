/// One cell's value, for APIs that handle a single value at a time (display, literals, tests).
///
/// Kernels never loop over `Value`s; they work on the typed buffers of a `Column`.
public enum Value: Sendable, Hashable, CustomStringConvertible {
    case null
    case int(Int64)
    case double(Double)
    case bool(Bool)
    case date(Day)
    case string(String)

    /// The type of the value, or `nil` for `null`.
    public var dataType: DataType? {
        switch self {
        case .null: nil
        case .int: .int64
        case .double: .double
        case .bool: .bool
        case .date: .date
        case .string: .string
        }
    }

    /// Whether this is `null`.
    public var isNull: Bool { self == .null }

    /// The value as a double, when it is a number.
    public var doubleValue: Double? {
        switch self {
        case .int(let v): Double(v)
        case .double(let v): v
        default: nil
        }
    }

    public var description: String {
        switch self {
        case .null: "null"
        case .int(let v): String(v)
        case .double(let v): formatDouble(v)
        case .bool(let v): v ? "true" : "false"
        case .date(let v): v.description
        case .string(let v): v
        }
    }
}

/// The shortest text that reads back as the same double (`0.1`, `2`, `1e-07`).
public func formatDouble(_ value: Double) -> String {
    if value.isNaN || value.isInfinite { return String(value) }
    if value == value.rounded(), abs(value) < 1e15 {
        return String(Int64(value))
    }
    return String(value)
}
