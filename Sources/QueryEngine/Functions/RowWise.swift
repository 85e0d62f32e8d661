import Frame

/// Builds result columns one row at a time, for functions too small to deserve their own kernel.
enum RowWise {
    static func doubles(_ count: Int, _ value: (Int) -> Double?) -> AnyColumn {
        AnyColumn(name: "", Column<Double>((0..<count).map { value($0).flatMap { $0.isFinite ? $0 : nil } }))
    }

    static func integers(_ count: Int, _ value: (Int) -> Int64?) -> AnyColumn {
        AnyColumn(name: "", Column<Int64>((0..<count).map(value)))
    }

    static func days(_ count: Int, _ value: (Int) -> Day?) -> AnyColumn {
        AnyColumn(name: "", Column<Day>((0..<count).map(value)))
    }

    static func strings(_ count: Int, _ value: (Int) -> String?) -> AnyColumn {
        var builder = StringColumnBuilder()
        for row in 0..<count { builder.append(value(row)) }
        return AnyColumn(name: "", builder.finish())
    }

    static func booleans(_ count: Int, _ value: (Int) -> Bool?) -> AnyColumn {
        AnyColumn(name: "", Column<Bool>((0..<count).map(value)))
    }
}

extension AnyColumn {
    /// Row `index` as a double, for numeric columns.
    func double(at index: Int) -> Double? { self[index].doubleValue }

    /// Row `index` as a day, for date columns.
    func day(at index: Int) -> Day? { if case .date(let d) = self[index] { d } else { nil } }

    /// Row `index` as an integer, for integer columns.
    func integer(at index: Int) -> Int64? { if case .int(let v) = self[index] { v } else { nil } }

    /// Row `index` as text, for string columns.
    func text(at index: Int) -> String? { if case .string(let s) = self[index] { s } else { nil } }
}
