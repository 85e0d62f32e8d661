extension DataFrame {
    /// Joins to each row of this frame at most one row of `right`: the one whose `on` key is
    /// closest in `direction`, among the right rows whose `by` keys equal this row's.
    ///
    ///     // The inspection in force on each recommendation's date, per facility.
    ///     let dated = try recommendations.joinedAsOf(
    ///         inspections, on: ("issued_on", "inspected_on"), by: [("facility", "facility")],
    ///         direction: .backward, tolerance: 90)
    ///
    /// `.backward` picks the last right row with key ≤ the left key, as DuckDB's `ASOF JOIN`;
    /// `.forward` the first with key ≥ it, as polars' `join_asof`; `.nearest` the closer of the
    /// two, and on a tie the backward one (polars picks the forward one). Among right rows with
    /// equal keys, backward takes the last in row order and forward the first. A `tolerance`
    /// drops a match farther than that distance (in days for dates). The keys are 64-bit
    /// integers, doubles (an integer key against a double one compares as doubles) or dates.
    ///
    /// The result has this frame's rows in order, its columns, then the right frame's columns
    /// except its `by` keys (the right `on` key stays, showing which value matched); clashing
    /// names get the suffix `_right`. A left row without a match, or with a null key, gets
    /// nulls. The right rows are sorted internally, so neither side needs to be sorted.
    ///
    /// - Complexity: O((*n* + *m*) log *m*).
    public func joinedAsOf(
        _ right: DataFrame, on key: (left: String, right: String), by keys: [(left: String, right: String)] = [],
        direction: AsOfDirection = .backward, tolerance: Double? = nil
    ) throws(FrameError) -> DataFrame {
        guard let leftKey = self[key.left] else { throw .unknownColumn(key.left, available: columnNames) }
        guard let rightKey = right[key.right] else { throw .unknownColumn(key.right, available: right.columnNames) }
        let groups = try asOfGroups(right, keys)
        let search = AsOfSearch(direction: direction, tolerance: tolerance, groups: groups, leftCount: rowCount)
        let matches: [Int]
        switch (leftKey.storage, rightKey.storage) {
        case (.int64(let l), .int64(let r)): matches = search.matches(l, r)
        case (.date(let l), .date(let r)):
            matches = search.matches(
                Column(values: l.values.map { Int64($0.daysSinceEpoch) }, validity: l.validity),
                Column(values: r.values.map { Int64($0.daysSinceEpoch) }, validity: r.validity))
        case (.double, .double), (.int64, .double), (.double, .int64):
            matches = search.matches(leftKey.doubles!, rightKey.doubles!)
        case (.int64, _), (.double, _), (.date, _):
            throw .typeMismatch(column: key.right, expected: "the type of '\(key.left)' (\(leftKey.dataType))", found: rightKey.dataType)
        default:
            throw .typeMismatch(column: key.left, expected: "an integer, double or date key", found: leftKey.dataType)
        }
        var result = self
        let byKeys = Set(keys.map(\.right))
        for column in right.columns where !byKeys.contains(column.name) {
            let name = result.columnIndex(named: column.name) == nil ? column.name : column.name + "_right"
            try result.append(column.gatheringOrNull(matches).renamed(name))
        }
        return result
    }

    /// The group of every left row, then of every right row, by the `by` keys; -1 where a key
    /// is null, which matches nothing.
    private func asOfGroups(_ right: DataFrame, _ keys: [(left: String, right: String)]) throws(FrameError) -> [Int32] {
        guard !keys.isEmpty else { return [Int32](repeating: 0, count: rowCount + right.rowCount) }
        var stacked = DataFrame(rowCount: rowCount + right.rowCount)
        for (index, key) in keys.enumerated() {
            guard let l = self[key.left] else { throw .unknownColumn(key.left, available: columnNames) }
            guard let r = right[key.right] else { throw .unknownColumn(key.right, available: right.columnNames) }
            try stacked.append(try l.concatenating(r).renamed("k\(index)"))
        }
        var groups = try RowGrouping(stacked, keys: stacked.columnNames).groupOfRow
        for column in stacked.columns where column.validity.hasNulls {
            for row in groups.indices where !column.validity.isValid(row) { groups[row] = -1 }
        }
        return groups
    }
}

/// Finds each left row's as-of match among right rows sorted by group, then key, then row.
private struct AsOfSearch {
    let direction: AsOfDirection
    let tolerance: Double?
    /// The group of every left row, then of every right row; -1 matches nothing.
    let groups: [Int32]
    let leftCount: Int

    /// The matching right row of every left row, or -1.
    func matches<T: Comparable & DoubleConvertible>(_ left: Column<T>, _ right: Column<T>) -> [Int] {
        let rightGroups = groups[leftCount...]
        var sorted = (0..<right.count).filter { right.validity.isValid($0) && rightGroups[leftCount + $0] >= 0 }
        right.values.withUnsafeBufferPointer { keys in
            sorted.sort { a, b in
                let (ga, gb) = (rightGroups[leftCount + a], rightGroups[leftCount + b])
                if ga != gb { return ga < gb }
                if keys[a] != keys[b] { return keys[a] < keys[b] }
                return a < b
            }
        }
        // The sorted right rows of group g are sorted[start[g] ..< start[g + 1]].
        let groupCount = Int(groups.max() ?? -1) + 1
        var start = [Int](repeating: 0, count: groupCount + 1)
        for row in sorted { start[Int(rightGroups[leftCount + row]) + 1] += 1 }
        for group in 0..<groupCount { start[group + 1] += start[group] }
        return right.values.withUnsafeBufferPointer { keys in
            (0..<left.count).map { row -> Int in
                let group = Int(groups[row])
                guard group >= 0, left.validity.isValid(row) else { return -1 }
                return match(left.values[row], in: sorted[start[group]..<start[group + 1]], keys)
            }
        }
    }

    /// The match of `value` among `candidates`, right rows sorted by key.
    private func match<T: Comparable & DoubleConvertible>(
        _ value: T, in candidates: ArraySlice<Int>, _ keys: UnsafeBufferPointer<T>
    ) -> Int {
        // The first candidate with key > value, and the first with key ≥ value.
        let above = partition(candidates) { keys[$0] > value }
        let atLeast = partition(candidates) { keys[$0] >= value }
        let backward = above > candidates.startIndex ? candidates[above - 1] : nil
        let forward = atLeast < candidates.endIndex ? candidates[atLeast] : nil
        func distance(_ row: Int) -> Double { abs(value.asDouble - keys[row].asDouble) }
        let pick: Int?
        switch direction {
        case .backward: pick = backward
        case .forward: pick = forward
        case .nearest:
            if let backward, let forward { pick = distance(forward) < distance(backward) ? forward : backward } else { pick = backward ?? forward }
        }
        guard let pick, tolerance.map({ distance(pick) <= $0 }) ?? true else { return -1 }
        return pick
    }

    /// The first index of `candidates` where `isAbove` holds, given that it holds for a suffix.
    private func partition(_ candidates: ArraySlice<Int>, _ isAbove: (Int) -> Bool) -> Int {
        var (low, high) = (candidates.startIndex, candidates.endIndex)
        while low < high {
            let middle = low + (high - low) / 2
            if isAbove(candidates[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
