extension RowGrouping {
    /// Reduces `column` within each group; the result has one row per group, in group order.
    ///
    /// - Complexity: O(*n*) for every function but `median`, which selects within each group.
    public func aggregate(
        _ column: AnyColumn, _ function: AggregateFunction, name: String
    ) throws(FrameError) -> AnyColumn {
        guard let resultType = function.resultType(for: column.dataType) else {
            throw .typeMismatch(
                column: column.name, expected: "a type \(function.rawValue) accepts",
                found: column.dataType)
        }
        switch function {
        case .count:
            return AnyColumn(name: name, Column<Int64>(values: countRows()))
        case .countValid:
            return AnyColumn(name: name, Column<Int64>(values: countValid(column.validity)))
        case .countTrue:
            guard case .bool(let c) = column.storage else { preconditionFailure("checked above") }
            return AnyColumn(name: name, Column<Int64>(values: countTrue(c)))
        case .sum, .mean, .min, .max, .median:
            if column.count == 0 {
                // Only an aggregate without keys has a group here: SQL gives it a null.
                return .nulls(name: name, type: resultType, count: groupCount)
            }
            return try reduce(column, function, name: name)
        }
    }

    private func reduce(_ column: AnyColumn, _ function: AggregateFunction, name: String) throws(FrameError) -> AnyColumn {
        switch (column.storage, function) {
        case (.int64(let c), .sum): return AnyColumn(name: name, try sumIntegers(c.values, c.validity, column: column.name))
        case (.bool(let c), .sum): return AnyColumn(name: name, try sumIntegers(c.values.map { $0 ? 1 : 0 }, c.validity, column: column.name))
        case (.int64(let c), .mean): return AnyColumn(name: name, meanIntegers(c.values, c.validity))
        case (.double(let c), .sum): return AnyColumn(name: name, sumDoubles(c.values, c.validity, mean: false))
        case (.double(let c), .mean): return AnyColumn(name: name, sumDoubles(c.values, c.validity, mean: true))
        case (.int64(let c), .median): return AnyColumn(name: name, medians(c.values, c.validity))
        case (.double(let c), .median): return AnyColumn(name: name, medians(c.values, c.validity))
        case (.int64(let c), _): return AnyColumn(name: name, extreme(c, largest: function == .max))
        case (.double(let c), _): return AnyColumn(name: name, extreme(c, largest: function == .max))
        case (.date(let c), _): return AnyColumn(name: name, extreme(c, largest: function == .max))
        case (.bool(let c), _): return AnyColumn(name: name, extreme(c, largest: function == .max))
        case (.string(let c), _): return AnyColumn(name: name, extreme(c, largest: function == .max))
        }
    }
}
