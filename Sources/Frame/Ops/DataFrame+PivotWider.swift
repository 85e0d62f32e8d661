extension DataFrame {
    /// One row per combination of the `index` columns and one column per value of the `names`
    /// column, each cell aggregating the `values` of the rows with that index and name.
    ///
    ///     // Recommendations per facility (rows) and status (columns), with totals.
    ///     let table = try frame.pivotWider(
    ///         index: ["facility"], names: "status", values: "id", aggregate: .count,
    ///         totals: [.row, .column])
    ///
    /// Rows and name columns come in order of first appearance; a name column is titled by the
    /// value's text (`null` for a null name). A combination without rows holds what the
    /// aggregate gives over no rows, as SQL's conditional aggregation: 0 for the counts, null
    /// otherwise. The totals row (last) and column (titled `totalLabel`) are recomputed from
    /// the underlying rows; the totals row holds `totalLabel` in the first index column when it
    /// is text, and nulls in the other index columns.
    ///
    /// - Throws: `FrameError.unknownColumn` for a missing column, `FrameError.typeMismatch`
    ///   when the aggregate does not apply to the values, `FrameError.duplicateColumn` when a
    ///   name's text repeats an index column's name.
    public func pivotWider(
        index: [String], names: String, values: String, aggregate function: AggregateFunction,
        totals: PivotTotals = [], totalLabel: String = "Total"
    ) throws(FrameError) -> DataFrame {
        precondition(function.argumentCount == 1, "a pivot aggregates one column")
        guard let nameColumn = self[names] else { throw .unknownColumn(names, available: columnNames) }
        guard let valueColumn = self[values] else { throw .unknownColumn(values, available: columnNames) }
        let cells = try RowGrouping(self, keys: index + [names])
        let cellValues = try cells.aggregate(valueColumn, function, name: "")
        let rows = try RowGrouping(self, keys: index)
        let columns = try RowGrouping(self, keys: [names])
        // The cell group at (index group, name group), or -1.
        let height = rows.groupCount
        var cellAt = [Int](repeating: -1, count: height * columns.groupCount)
        for (cell, first) in cells.firstRows.enumerated() where first >= 0 {
            cellAt[Int(rows.groupOfRow[first]) * columns.groupCount + Int(columns.groupOfRow[first])] = cell
        }
        var result = DataFrame(rowCount: height)
        for key in index { try result.append(self[key]!.gathering(rows.firstRows)) }
        let titles = columns.firstRows.map { nameColumn.isNull(at: $0) ? "null" : nameColumn[$0].description }
        for (position, title) in titles.enumerated() {
            let picks = (0..<height).map { cellAt[$0 * columns.groupCount + position] }
            try result.append(Self.filled(cellValues.gatheringOrNull(picks), where: picks, function).renamed(title))
        }
        if totals.contains(.column) {
            try result.append(try rows.aggregate(valueColumn, function, name: totalLabel))
        }
        guard totals.contains(.row) else { return result }
        var totalRow = DataFrame(rowCount: 1)
        for (position, key) in index.enumerated() {
            let type = self[key]!.dataType
            try totalRow.append(position == 0 && type == .string
                ? .constant(.string(totalLabel), count: 1, name: key) : .nulls(name: key, type: type, count: 1))
        }
        let byName = try columns.aggregate(valueColumn, function, name: "")
        for (position, title) in titles.enumerated() { try totalRow.append(byName.gathering([position]).renamed(title)) }
        if totals.contains(.column) {
            try totalRow.append(try RowGrouping(self, keys: []).aggregate(valueColumn, function, name: totalLabel))
        }
        return try DataFrame(concatenating: [result, totalRow])
    }

    /// `column` with 0 where `picks` is negative, for a count; unchanged otherwise.
    private static func filled(_ column: AnyColumn, where picks: [Int], _ function: AggregateFunction) -> AnyColumn {
        guard function.isCount, case .int64(let counts) = column.storage else { return column }
        return AnyColumn(name: column.name, Column<Int64>(values: zip(picks, counts.values).map { $0 < 0 ? 0 : $1 }))
    }
}
