extension DataFrame {
    /// The `k` rows with the largest values of `column` (the smallest when `descending` is
    /// false) within each group of the `groupedBy` columns: groups in order of first
    /// appearance, best first within a group, ties in row order; nulls are never picked.
    ///
    ///     let topTwo = try frame.topRows(2, by: "score", groupedBy: ["facility"])
    public func topRows(
        _ k: Int, by column: String, groupedBy keys: [String] = [], descending: Bool = true
    ) throws(FrameError) -> DataFrame {
        guard let values = self[column] else { throw .unknownColumn(column, available: columnNames) }
        return gathering(try RowGrouping(self, keys: keys).topRows(k, by: values, descending: descending))
    }
}
