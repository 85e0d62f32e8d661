/// The storage of a column, one case per physical type.
///
/// Kernels switch on this once per column and then run a loop specialised for the type.
public enum ColumnStorage: Sendable {
    case int64(Column<Int64>)
    case double(Column<Double>)
    case bool(Column<Bool>)
    case date(Column<Day>)
    case string(StringColumn)
}

/// A named column of any type.
///
///     let column = AnyColumn(name: "sent", Column<Int64>([6, nil, 4]))
///     column.dataType   // .int64
public struct AnyColumn: Sendable {
    /// The column's name.
    public var name: String
    /// The typed values.
    public var storage: ColumnStorage

    /// Creates a named column from typed storage.
    public init(name: String, storage: ColumnStorage) {
        self.name = name
        self.storage = storage
    }

    public init(name: String, _ column: Column<Int64>) { self.init(name: name, storage: .int64(column)) }
    public init(name: String, _ column: Column<Double>) { self.init(name: name, storage: .double(column)) }
    public init(name: String, _ column: Column<Bool>) { self.init(name: name, storage: .bool(column)) }
    public init(name: String, _ column: Column<Day>) { self.init(name: name, storage: .date(column)) }
    public init(name: String, _ column: StringColumn) { self.init(name: name, storage: .string(column)) }

    /// A column of `count` nulls of the given type.
    public static func nulls(name: String, type: DataType, count: Int) -> AnyColumn {
        let validity = Validity(allNull: count)
        switch type {
        case .int64: return AnyColumn(name: name, Column<Int64>(values: .init(repeating: 0, count: count), validity: validity))
        case .double: return AnyColumn(name: name, Column<Double>(values: .init(repeating: 0, count: count), validity: validity))
        case .bool: return AnyColumn(name: name, Column(values: .init(repeating: false, count: count), validity: validity))
        case .date: return AnyColumn(name: name, Column(values: .init(repeating: Day(daysSinceEpoch: 0), count: count), validity: validity))
        case .string: return AnyColumn(name: name, StringColumn(codes: .init(repeating: 0, count: count), dictionary: [], validity: validity))
        }
    }

    /// The physical type of the values.
    public var dataType: DataType {
        switch storage {
        case .int64: .int64
        case .double: .double
        case .bool: .bool
        case .date: .date
        case .string: .string
        }
    }

    /// The number of rows.
    public var count: Int { validity.count }

    /// The number of null rows.
    public var nullCount: Int { validity.nullCount }

    /// Which rows hold a value.
    public var validity: Validity {
        switch storage {
        case .int64(let c): c.validity
        case .double(let c): c.validity
        case .bool(let c): c.validity
        case .date(let c): c.validity
        case .string(let c): c.validity
        }
    }

    /// Whether row `index` is null.
    public func isNull(at index: Int) -> Bool { !validity.isValid(index) }

    /// The value at `index` as a `Value`.
    public subscript(index: Int) -> Value {
        switch storage {
        case .int64(let c): c[index].map(Value.int) ?? .null
        case .double(let c): c[index].map(Value.double) ?? .null
        case .bool(let c): c[index].map(Value.bool) ?? .null
        case .date(let c): c[index].map(Value.date) ?? .null
        case .string(let c): c[index].map(Value.string) ?? .null
        }
    }

    /// The rows at `indices`, in that order.
    public func gathering(_ indices: [Int]) -> AnyColumn {
        switch storage {
        case .int64(let c): AnyColumn(name: name, c.gathering(indices))
        case .double(let c): AnyColumn(name: name, c.gathering(indices))
        case .bool(let c): AnyColumn(name: name, c.gathering(indices))
        case .date(let c): AnyColumn(name: name, c.gathering(indices))
        case .string(let c): AnyColumn(name: name, c.gathering(indices))
        }
    }

    /// The same column under another name.
    public func renamed(_ newName: String) -> AnyColumn {
        AnyColumn(name: newName, storage: storage)
    }
}
