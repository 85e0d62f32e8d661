import Frame

/// The type of a column as the reader decided it, including which date form to parse.
enum CSVColumnType: Equatable {
    case integer
    case double
    case bool
    /// Dates in one form, or (`nil`) either form per cell, for a column typed by the caller.
    case date(DateForm?)
    case string

    enum DateForm: Equatable {
        case iso
        case englishLong
    }

    var dataType: DataType {
        switch self {
        case .integer: .int64
        case .double: .double
        case .bool: .bool
        case .date: .date
        case .string: .string
        }
    }

    /// The parsing rule for a type the caller asked for.
    init(requested: DataType) {
        switch requested {
        case .int64: self = .integer
        case .double: self = .double
        case .bool: self = .bool
        case .date: self = .date(nil)
        case .string: self = .string
        }
    }
}
