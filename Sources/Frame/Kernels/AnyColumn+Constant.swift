extension AnyColumn {
    /// A column that repeats one value `count` times; `null` needs the type to use.
    public static func constant(_ value: Value, count: Int, nullType: DataType = .int64, name: String = "") -> AnyColumn {
        switch value {
        case .null: return .nulls(name: name, type: nullType, count: count)
        case .int(let v): return AnyColumn(name: name, Column<Int64>(values: .init(repeating: v, count: count)))
        case .double(let v): return AnyColumn(name: name, Column<Double>(values: .init(repeating: v, count: count)))
        case .bool(let v): return AnyColumn(name: name, Column<Bool>(values: .init(repeating: v, count: count)))
        case .date(let v): return AnyColumn(name: name, Column<Day>(values: .init(repeating: v, count: count)))
        case .string(let v):
            return AnyColumn(name: name, StringColumn(
                codes: .init(repeating: 0, count: count), dictionary: [v], validity: Validity(allValid: count)))
        }
    }

    /// The values as doubles, for a numeric column.
    public var doubles: Column<Double>? {
        switch storage {
        case .double(let c): c
        case .int64(let c): Column(values: c.values.map(Double.init), validity: c.validity)
        default: nil
        }
    }
}
