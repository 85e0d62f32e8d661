extension RowGrouping {
    /// The number of distinct valid values of each group.
    ///
    /// The (group, value) pairs are grouped on all cores like any two keys; each pair group
    /// with a value then adds one to its group.
    func countDistinct(_ column: AnyColumn) throws(FrameError) -> [Int64] {
        var pairs = DataFrame(rowCount: column.count)
        try pairs.append(AnyColumn(name: "group", Column<Int64>(values: groupOfRow.map(Int64.init))))
        try pairs.append(column.renamed("value"))
        let validity = column.validity
        var counts = [Int64](repeating: 0, count: groupCount)
        for row in try RowGrouping(pairs, keys: ["group", "value"]).firstRows where row >= 0 && validity.isValid(row) {
            counts[Int(groupOfRow[row])] += 1
        }
        return counts
    }
}
