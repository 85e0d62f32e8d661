import Frame

/// A one-line summary of a column, as `oversight describe` shows it.
///
/// Minimum and maximum follow the type's order: numbers by value, dates by day, booleans with
/// `false` before `true`, strings by Unicode code point (byte order of UTF-8, independent of
/// locale). Nulls are left out of every figure except `nullCount`; a column with no values has
/// `.null` as minimum, maximum and example.
public struct ColumnProfile: Sendable, Hashable {
    /// The column's name.
    public var name: String
    /// The column's type.
    public var type: DataType
    /// The number of rows.
    public var rowCount: Int
    /// The number of null rows.
    public var nullCount: Int
    /// The number of distinct non-null values.
    public var distinctCount: Int
    /// The smallest non-null value.
    public var minimum: Value
    /// The largest non-null value.
    public var maximum: Value
    /// The first non-null value.
    public var example: Value

    /// Creates a profile from its figures.
    public init(
        name: String, type: DataType, rowCount: Int, nullCount: Int, distinctCount: Int,
        minimum: Value, maximum: Value, example: Value
    ) {
        self.name = name
        self.type = type
        self.rowCount = rowCount
        self.nullCount = nullCount
        self.distinctCount = distinctCount
        self.minimum = minimum
        self.maximum = maximum
        self.example = example
    }

    /// Profiles one column.
    public init(_ column: AnyColumn) {
        let figures: (distinct: Int, minimum: Value, maximum: Value, example: Value)
        switch column.storage {
        case .int64(let values): figures = Self.figures(values, Value.int)
        case .double(let values): figures = Self.figures(values, Value.double)
        case .bool(let values): figures = Self.figures(values) { Value.bool($0 == 1) }
        case .date(let values): figures = Self.figures(values, Value.date)
        case .string(let values): figures = Self.figures(values)
        }
        self.init(
            name: column.name, type: column.dataType, rowCount: column.count,
            nullCount: column.nullCount, distinctCount: figures.distinct,
            minimum: figures.minimum, maximum: figures.maximum, example: figures.example)
    }

    /// The profile of every column of `frame`, in column order.
    public static func profiles(of frame: DataFrame) -> [ColumnProfile] {
        frame.columns.map(ColumnProfile.init)
    }

    private static func figures<T: Comparable & Hashable>(
        _ column: Column<T>, _ wrap: (T) -> Value
    ) -> (distinct: Int, minimum: Value, maximum: Value, example: Value) {
        var seen: Set<T> = []
        var low: T?
        var high: T?
        var first: T?
        for row in 0..<column.count {
            guard let value = column[row] else { continue }
            if first == nil { first = value }
            seen.insert(value)
            if low.map({ value < $0 }) ?? true { low = value }
            if high.map({ value > $0 }) ?? true { high = value }
        }
        return (seen.count, low.map(wrap) ?? .null, high.map(wrap) ?? .null,
                first.map(wrap) ?? .null)
    }

    // Booleans are not `Comparable`; profile them as 0 and 1.
    private static func figures(
        _ column: Column<Bool>, _ wrap: (UInt8) -> Value
    ) -> (distinct: Int, minimum: Value, maximum: Value, example: Value) {
        let numeric = Column<UInt8>(values: column.values.map { $0 ? 1 : 0 }, validity: column.validity)
        return figures(numeric, wrap)
    }

    // Works on dictionary codes: each distinct string is compared once, not once per row.
    private static func figures(
        _ column: StringColumn
    ) -> (distinct: Int, minimum: Value, maximum: Value, example: Value) {
        var used = [Bool](repeating: false, count: column.dictionary.count)
        var first: Int32?
        for row in 0..<column.count where column.validity.isValid(row) {
            let code = column.codes[row]
            if first == nil { first = code }
            used[Int(code)] = true
        }
        var distinct = 0
        var low: String?
        var high: String?
        for (code, isUsed) in used.enumerated() where isUsed {
            let text = column.dictionary[code]
            distinct += 1
            if low.map({ text.utf8.lexicographicallyPrecedes($0.utf8) }) ?? true { low = text }
            if high.map({ $0.utf8.lexicographicallyPrecedes(text.utf8) }) ?? true { high = text }
        }
        return (distinct, low.map(Value.string) ?? .null, high.map(Value.string) ?? .null,
                first.map { Value.string(column.dictionary[Int($0)]) } ?? .null)
    }
}
