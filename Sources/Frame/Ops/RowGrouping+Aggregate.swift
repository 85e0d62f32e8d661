extension RowGrouping {
    /// Reduces `column` within each group; the result has one row per group, in group order.
    ///
    ///     let middle = try grouping.aggregate(frame["score"]!, .quantile(0.5), name: "median")
    ///
    /// - Complexity: O(*n*) for most functions; `median` and `quantile` select within each
    ///   group, `countDistinct` groups the (group, value) pairs.
    public func aggregate(
        _ column: AnyColumn, _ function: AggregateFunction, name: String
    ) throws(FrameError) -> AnyColumn {
        try aggregate([column], function, name: name)
    }

    /// Reduces `columns` within each group: one column, or two for `.correlation`.
    public func aggregate(
        _ columns: [AnyColumn], _ function: AggregateFunction, name: String
    ) throws(FrameError) -> AnyColumn {
        precondition(columns.count == function.argumentCount, "\(function.rawValue) reads \(function.argumentCount) column(s)")
        for column in columns where function.resultType(for: column.dataType) == nil {
            throw .typeMismatch(column: column.name, expected: "a type \(function.rawValue) accepts", found: column.dataType)
        }
        let column = columns[0]
        let resultType = function.resultType(for: column.dataType)!
        switch function {
        case .count:
            return AnyColumn(name: name, Column<Int64>(values: countRows()))
        case .countValid:
            return AnyColumn(name: name, Column<Int64>(values: countValid(column.validity)))
        case .countTrue:
            guard case .bool(let c) = column.storage else { preconditionFailure("checked above") }
            return AnyColumn(name: name, Column<Int64>(values: countTrue(c)))
        case .countDistinct:
            return AnyColumn(name: name, Column<Int64>(values: try countDistinct(column)))
        case .correlation:
            return try correlation(columns[0], columns[1], name: name)
        default:
            if column.count == 0 {
                // Only an aggregate without keys has a group here: SQL gives it a null.
                return .nulls(name: name, type: resultType, count: groupCount)
            }
            return try reduce(column, function, name: name)
        }
    }

    private func reduce(_ column: AnyColumn, _ function: AggregateFunction, name: String) throws(FrameError) -> AnyColumn {
        switch (column.storage, function) {
        case (_, .first), (_, .last): return column.gatheringOrNull(validRow(column.validity, first: function == .first)).renamed(name)
        case (.bool(let c), .any), (.bool(let c), .all): return AnyColumn(name: name, anyOrAll(c, all: function == .all))
        case (.string(let c), .joined(let separator)): return AnyColumn(name: name, joinedTexts(c, separator: separator))
        case (.int64(let c), .sum): return AnyColumn(name: name, try sumIntegers(c.values, c.validity, column: column.name))
        case (.bool(let c), .sum): return AnyColumn(name: name, try sumIntegers(c.values.map { $0 ? 1 : 0 }, c.validity, column: column.name))
        case (.int64(let c), .mean): return AnyColumn(name: name, meanIntegers(c.values, c.validity))
        case (.double(let c), .sum): return AnyColumn(name: name, sumDoubles(c.values, c.validity, mean: false))
        case (.double(let c), .mean): return AnyColumn(name: name, sumDoubles(c.values, c.validity, mean: true))
        case (.int64(let c), .median): return AnyColumn(name: name, quantiles(c.values, c.validity, probability: 0.5))
        case (.double(let c), .median): return AnyColumn(name: name, quantiles(c.values, c.validity, probability: 0.5))
        case (.int64(let c), .quantile(let p)): return AnyColumn(name: name, quantiles(c.values, c.validity, probability: p))
        case (.double(let c), .quantile(let p)): return AnyColumn(name: name, quantiles(c.values, c.validity, probability: p))
        case (_, .variance), (_, .standardDeviation):
            return try spread(column, name: name, standardDeviation: function == .standardDeviation)
        case (.int64(let c), _): return AnyColumn(name: name, extreme(c, largest: function == .max))
        case (.double(let c), _): return AnyColumn(name: name, extreme(c, largest: function == .max))
        case (.date(let c), _): return AnyColumn(name: name, extreme(c, largest: function == .max))
        case (.bool(let c), _): return AnyColumn(name: name, extreme(c, largest: function == .max))
        case (.string(let c), _): return AnyColumn(name: name, extreme(c, largest: function == .max))
        }
    }
}
