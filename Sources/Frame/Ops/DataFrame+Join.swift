extension DataFrame {
    /// Joins `right` to this frame on equal keys; a null key matches nothing, as in SQL.
    ///
    /// The result holds this frame's columns, then the right frame's columns except its keys.
    /// Matching rows come in left-row order, and for each left row in right-row order.
    /// Right columns whose names clash with left columns get the suffix `_right`.
    ///
    /// - Complexity: O(*n* + *m* + matches).
    public func joined(
        _ right: DataFrame, on keys: [(left: String, right: String)], kind: JoinKind = .inner
    ) throws(FrameError) -> DataFrame {
        // Stack both sides' keys and group them: rows with the same group match.
        var stacked = DataFrame(rowCount: rowCount + right.rowCount)
        var keyValidity = [Bool](repeating: true, count: rowCount + right.rowCount)
        for (index, key) in keys.enumerated() {
            guard let l = self[key.left] else { throw .unknownColumn(key.left, available: columnNames) }
            guard let r = right[key.right] else { throw .unknownColumn(key.right, available: right.columnNames) }
            let both = try l.concatenating(r).renamed("k\(index)")
            for row in 0..<both.count where both.isNull(at: row) { keyValidity[row] = false }
            try stacked.append(both)
        }
        let grouping = try RowGrouping(stacked, keys: stacked.columnNames)
        var rightRowsOfGroup = [[Int]](repeating: [], count: grouping.groupCount)
        for row in 0..<right.rowCount where keyValidity[rowCount + row] {
            rightRowsOfGroup[Int(grouping.groupOfRow[rowCount + row])].append(row)
        }
        var leftRows: [Int] = []
        var rightRows: [Int] = []
        for row in 0..<rowCount {
            let matches = keyValidity[row] ? rightRowsOfGroup[Int(grouping.groupOfRow[row])] : []
            for match in matches {
                leftRows.append(row)
                rightRows.append(match)
            }
            if matches.isEmpty && kind == .left {
                leftRows.append(row)
                rightRows.append(-1)
            }
        }
        var result = gathering(leftRows)
        let rightKeys = Set(keys.map(\.right))
        for column in right.columns where !rightKeys.contains(column.name) {
            let name = result.columnIndex(named: column.name) == nil ? column.name : column.name + "_right"
            try result.append(column.gatheringOrNull(rightRows).renamed(name))
        }
        return result
    }
}

extension AnyColumn {
    /// The rows at `indices`, with a null wherever the index is negative.
    func gatheringOrNull(_ indices: [Int]) -> AnyColumn {
        guard indices.contains(where: { $0 < 0 }) else { return gathering(indices) }
        guard count > 0 else { return .nulls(name: name, type: dataType, count: indices.count) }
        let gathered = gathering(indices.map { max($0, 0) })
        let picks = indices.map { Int32($0 < 0 ? -1 : 0) }
        return try! AnyColumn.choosing(from: [gathered], picks: picks, name: name)
    }
}
