extension WindowPartitions {
    /// Each row's value of `column` from `offset` rows earlier in its partition (SQL's `LAG`),
    /// or `fallback` where the partition has no such row; a negative offset looks ahead.
    public func lagging(_ column: AnyColumn, by offset: Int, default fallback: Value = .null) throws(FrameError) -> AnyColumn {
        var sources = [Int](repeating: -1, count: rowCount)
        for partition in 0..<partitionCount {
            let positions = positions(of: partition)
            for position in positions where positions.contains(position - offset) {
                sources[orderedRows[position]] = orderedRows[position - offset]
            }
        }
        return try column.gathering(sources, missing: fallback)
    }

    /// Each row's value of `column` from `offset` rows later in its partition (SQL's `LEAD`),
    /// or `fallback` where the partition has no such row.
    public func leading(_ column: AnyColumn, by offset: Int, default fallback: Value = .null) throws(FrameError) -> AnyColumn {
        try lagging(column, by: -offset, default: fallback)
    }

    /// The value of `column` at the first row of each row's frame, or its first value when
    /// `ignoringNulls`; null when there is none (SQL's `FIRST_VALUE`, with `IGNORE NULLS`).
    public func firstValues(_ column: AnyColumn, over frame: WindowFrame, ignoringNulls: Bool = false) throws(FrameError) -> AnyColumn {
        let bounds = try bounds(frame)
        let next = ignoringNulls ? nearestValues(column.validity, forward: true) : Array(0..<rowCount)
        var sources = [Int](repeating: -1, count: rowCount)
        for position in 0..<rowCount where bounds.lower[position] < bounds.upper[position] {
            let source = next[bounds.lower[position]]
            if source >= 0 && source < bounds.upper[position] { sources[orderedRows[position]] = orderedRows[source] }
        }
        return try column.gathering(sources, missing: .null)
    }

    /// The value of `column` at the last row of each row's frame, or its last value when
    /// `ignoringNulls`; null when there is none (SQL's `LAST_VALUE`, with `IGNORE NULLS`).
    public func lastValues(_ column: AnyColumn, over frame: WindowFrame, ignoringNulls: Bool = false) throws(FrameError) -> AnyColumn {
        let bounds = try bounds(frame)
        let previous = ignoringNulls ? nearestValues(column.validity, forward: false) : Array(0..<rowCount)
        var sources = [Int](repeating: -1, count: rowCount)
        for position in 0..<rowCount where bounds.lower[position] < bounds.upper[position] {
            let source = previous[bounds.upper[position] - 1]
            if source >= bounds.lower[position] { sources[orderedRows[position]] = orderedRows[source] }
        }
        return try column.gathering(sources, missing: .null)
    }

    /// For each position, the nearest position at or after it (or at or before it, when not
    /// `forward`) in its partition whose row holds a value; -1 or `rowCount` when none does.
    private func nearestValues(_ validity: Validity, forward: Bool) -> [Int] {
        var nearest = [Int](repeating: 0, count: rowCount)
        for partition in 0..<partitionCount {
            let positions = positions(of: partition)
            var found = forward ? rowCount : -1
            for position in forward ? Array(positions.reversed()) : Array(positions) {
                if validity.isValid(orderedRows[position]) { found = position }
                nearest[position] = found
            }
        }
        return nearest
    }
}

extension AnyColumn {
    /// The rows at `sources`, with `missing` where a source is negative.
    func gathering(_ sources: [Int], missing: Value) throws(FrameError) -> AnyColumn {
        let indices = sources.map { Swift.max($0, 0) }
        let validity = Validity(sources.lazy.map { $0 >= 0 && self.validity.isValid($0) })
        var gathered: AnyColumn
        switch storage {
        case .int64(let c): gathered = AnyColumn(name: name, Column(values: c.gathering(indices).values, validity: validity))
        case .double(let c): gathered = AnyColumn(name: name, Column(values: c.gathering(indices).values, validity: validity))
        case .bool(let c): gathered = AnyColumn(name: name, Column(values: c.gathering(indices).values, validity: validity))
        case .date(let c): gathered = AnyColumn(name: name, Column(values: c.gathering(indices).values, validity: validity))
        case .string(let c):
            gathered = AnyColumn(name: name, StringColumn(codes: c.gathering(indices).codes, dictionary: c.dictionary, validity: validity))
        }
        guard missing != .null, sources.contains(where: { $0 < 0 }) else { return gathered }
        let fallback = AnyColumn.constant(missing, count: sources.count, nullType: dataType)
        return try .choosing(from: [gathered, fallback], picks: sources.map { $0 < 0 ? 1 : 0 }, name: name)
    }
}
