extension DataFrame {
    /// One row per column describing it, as TabularData's `summary()`: `column`, `type`,
    /// `count` (values), `nulls`, `distinct` (distinct values), `min` and `max` (as text, in
    /// the column's order; null without values), and for numbers `mean` and `std` (the sample
    /// standard deviation).
    ///
    ///     print(try frame.summary())
    public func summary() throws(FrameError) -> DataFrame {
        let whole = try RowGrouping(self, keys: [])
        // The first (only) group's value of an aggregate over the whole frame.
        func total(_ column: AnyColumn, _ function: AggregateFunction) throws(FrameError) -> Value {
            try whole.aggregate(column, function, name: "")[0]
        }
        var distinct: [Int64?] = [], smallest: [String?] = [], largest: [String?] = []
        var means: [Double?] = [], deviations: [Double?] = []
        for column in columns {
            distinct.append(try whole.countDistinct(column)[0])
            let (low, high) = (try total(column, .min), try total(column, .max))
            smallest.append(low == .null ? nil : low.description)
            largest.append(high == .null ? nil : high.description)
            let numeric = column.dataType.isNumeric
            means.append(numeric ? try total(column, .mean).doubleValue : nil)
            deviations.append(numeric ? try total(column, .standardDeviation).doubleValue : nil)
        }
        return try DataFrame(columns: [
            AnyColumn(name: "column", StringColumn(columnNames)),
            AnyColumn(name: "type", StringColumn(columns.map { $0.dataType.description })),
            AnyColumn(name: "count", Column<Int64>(columns.map { Int64($0.count - $0.nullCount) })),
            AnyColumn(name: "nulls", Column<Int64>(columns.map { Int64($0.nullCount) })),
            AnyColumn(name: "distinct", Column<Int64>(distinct)),
            AnyColumn(name: "min", StringColumn(smallest)),
            AnyColumn(name: "max", StringColumn(largest)),
            AnyColumn(name: "mean", Column<Double>(means)),
            AnyColumn(name: "std", Column<Double>(deviations)),
        ])
    }
}
