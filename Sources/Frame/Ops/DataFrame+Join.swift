extension DataFrame {
    /// Joins `right` to this frame on equal keys; a null key matches nothing, as in SQL.
    ///
    /// The result holds this frame's columns, then the right frame's columns except its keys;
    /// `.semi` and `.anti` keep only this frame's columns and never repeat a row. Matching rows
    /// come in left-row order, and for each left row in right-row order; `.right` and `.full`
    /// then add the right rows that matched nothing, in right-row order, with their keys in the
    /// left key columns (as SQL's `USING`), widened to a double when one side is an integer and
    /// the other a double. Right columns whose names clash with left columns get the suffix
    /// `_right`.
    ///
    ///     let answered = try recommendations.joined(responses, on: [("id", "id")], kind: .semi)
    ///
    /// Both sides' keys are stacked and grouped together, so equal keys get one group number
    /// whatever their types' dictionaries; the right rows of each group are then listed
    /// contiguously (a counting sort), and each left row looks its group up.
    ///
    /// - Complexity: O(*n* + *m* + matches).
    public func joined(
        _ right: DataFrame, on keys: [(left: String, right: String)], kind: JoinKind = .inner
    ) throws(FrameError) -> DataFrame {
        var stacked = DataFrame(rowCount: rowCount + right.rowCount)
        var keyValidity: [Validity] = []
        for (index, key) in keys.enumerated() {
            guard let l = self[key.left] else { throw .unknownColumn(key.left, available: columnNames) }
            guard let r = right[key.right] else { throw .unknownColumn(key.right, available: right.columnNames) }
            let both = try l.concatenating(r).renamed("k\(index)")
            if both.validity.hasNulls { keyValidity.append(both.validity) }
            try stacked.append(both)
        }
        let grouping = try RowGrouping(stacked, keys: stacked.columnNames)
        let matchable = { (row: Int) in keyValidity.allSatisfy { $0.isValid(row) } }
        if kind == .semi || kind == .anti {
            let kept = grouping.groupOfRow.withUnsafeBufferPointer { groups in
                Self.filterRows(
                    groups, leftCount: rowCount, groupCount: grouping.groupCount, matched: kind == .semi,
                    matchable: keyValidity.isEmpty ? nil : matchable)
            }
            return gathering(kept)
        }
        let (leftRows, rightRows) = grouping.groupOfRow.withUnsafeBufferPointer { groups in
            Self.matchRows(
                groups, leftCount: rowCount, groupCount: grouping.groupCount, kind: kind,
                matchable: keyValidity.isEmpty ? nil : matchable)
        }
        var result: DataFrame
        if kind == .right || kind == .full {
            result = DataFrame(rowCount: leftRows.count)
            let stackedRows = zip(leftRows, rightRows).map { $0 >= 0 ? $0 : rowCount + $1 }
            let keyIndex = Dictionary(keys.enumerated().map { ($1.left, $0) }, uniquingKeysWith: { first, _ in first })
            for column in columns {
                if let index = keyIndex[column.name] {
                    try result.append(stacked.columns[index].gathering(stackedRows).renamed(column.name))
                } else {
                    try result.append(column.gatheringOrNull(leftRows))
                }
            }
        } else {
            result = gathering(leftRows)
        }
        let rightKeys = Set(keys.map(\.right))
        for column in right.columns where !rightKeys.contains(column.name) {
            let name = result.columnIndex(named: column.name) == nil ? column.name : column.name + "_right"
            try result.append(column.gatheringOrNull(rightRows).renamed(name))
        }
        return result
    }

    /// The pairs of matching rows, left rows in order; `-1` stands for the missing row of an
    /// unmatched row in an outer join, and the unmatched right rows of `.right` and `.full`
    /// come last. `groups` holds the left rows' groups, then the right rows'; `matchable` says
    /// whether a stacked row's keys are all non-null (nil: all are).
    private static func matchRows(
        _ groups: UnsafeBufferPointer<Int32>, leftCount: Int, groupCount: Int, kind: JoinKind,
        matchable: ((Int) -> Bool)?
    ) -> (left: [Int], right: [Int]) {
        let keepsUnmatchedLeft = kind == .left || kind == .full
        // The right rows of group g are rightOfGroup[start[g] ..< start[g + 1]], in row order.
        var start = [Int](repeating: 0, count: groupCount + 1)
        for row in leftCount..<groups.count where matchable?(row) ?? true { start[Int(groups[row]) + 1] += 1 }
        for group in 0..<groupCount { start[group + 1] += start[group] }
        var cursor = start
        var rightOfGroup = [Int](repeating: 0, count: start[groupCount])
        for row in leftCount..<groups.count where matchable?(row) ?? true {
            let group = Int(groups[row])
            rightOfGroup[cursor[group]] = row - leftCount
            cursor[group] += 1
        }
        var total = 0
        for row in 0..<leftCount {
            let matches = matchable?(row) ?? true ? start[Int(groups[row]) + 1] - start[Int(groups[row])] : 0
            total += matches == 0 && keepsUnmatchedLeft ? 1 : matches
        }
        var leftRows = [Int](repeating: 0, count: total)
        var rightRows = [Int](repeating: 0, count: total)
        var next = 0
        for row in 0..<leftCount {
            let group = Int(groups[row])
            let (first, end) = matchable?(row) ?? true ? (start[group], start[group + 1]) : (0, 0)
            if first == end {
                guard keepsUnmatchedLeft else { continue }
                leftRows[next] = row
                rightRows[next] = -1
                next += 1
                continue
            }
            for position in first..<end {
                leftRows[next] = row
                rightRows[next] = rightOfGroup[position]
                next += 1
            }
        }
        if kind == .right || kind == .full {
            var matchedGroup = [Bool](repeating: false, count: groupCount)
            for row in 0..<leftCount where matchable?(row) ?? true { matchedGroup[Int(groups[row])] = true }
            for row in leftCount..<groups.count where !(matchable?(row) ?? true) || !matchedGroup[Int(groups[row])] {
                leftRows.append(-1)
                rightRows.append(row - leftCount)
            }
        }
        return (leftRows, rightRows)
    }

    /// The left rows that have a match (`matched`) or have none, in order.
    private static func filterRows(
        _ groups: UnsafeBufferPointer<Int32>, leftCount: Int, groupCount: Int, matched: Bool,
        matchable: ((Int) -> Bool)?
    ) -> [Int] {
        var hasRight = [Bool](repeating: false, count: groupCount)
        for row in leftCount..<groups.count where matchable?(row) ?? true { hasRight[Int(groups[row])] = true }
        var kept: [Int] = []
        for row in 0..<leftCount where ((matchable?(row) ?? true) && hasRight[Int(groups[row])]) == matched {
            kept.append(row)
        }
        return kept
    }
}

extension AnyColumn {
    /// The rows at `indices`, with a null wherever the index is negative.
    func gatheringOrNull(_ indices: [Int]) -> AnyColumn {
        guard indices.contains(where: { $0 < 0 }) else { return gathering(indices) }
        guard count > 0 else { return .nulls(name: name, type: dataType, count: indices.count) }
        let source = validity
        let gathered = gathering(indices.map { max($0, 0) })
        let valid = Validity(indices.lazy.map { $0 >= 0 && source.isValid($0) })
        return gathered.replacingValidity(valid)
    }

    /// The same values with another validity of the same length.
    func replacingValidity(_ validity: Validity) -> AnyColumn {
        switch storage {
        case .int64(let c): AnyColumn(name: name, Column(values: c.values, validity: validity))
        case .double(let c): AnyColumn(name: name, Column(values: c.values, validity: validity))
        case .bool(let c): AnyColumn(name: name, Column(values: c.values, validity: validity))
        case .date(let c): AnyColumn(name: name, Column(values: c.values, validity: validity))
        case .string(let c): AnyColumn(name: name, StringColumn(codes: c.codes, dictionary: c.dictionary, validity: validity))
        }
    }
}
