extension WindowPartitions {
    /// The rows each position's frame covers, as positions `lower[p] ..< upper[p]` in
    /// `orderedRows`; both bounds never decrease within a partition, which lets the aggregates
    /// slide over the partition in one pass.
    struct FrameBounds {
        var lower: [Int]
        var upper: [Int]
    }

    /// The bounds of `frame` at every position.
    func bounds(_ frame: WindowFrame) throws(FrameError) -> FrameBounds {
        var bounds = FrameBounds(lower: [Int](repeating: 0, count: rowCount), upper: [Int](repeating: 0, count: rowCount))
        switch frame {
        case .partition:
            for partition in 0..<partitionCount {
                let positions = positions(of: partition)
                for position in positions {
                    bounds.lower[position] = positions.lowerBound
                    bounds.upper[position] = positions.upperBound
                }
            }
        case .rows(let lower, let upper):
            for partition in 0..<partitionCount {
                let positions = positions(of: partition)
                for position in positions {
                    let first = lower.map { clamp(position + $0, positions) } ?? positions.lowerBound
                    let end = upper.map { clamp(position + $0 + 1, positions) } ?? positions.upperBound
                    bounds.lower[position] = first
                    bounds.upper[position] = max(first, end)
                }
            }
        case .range(let lower, let upper):
            let keys = try rangeKeys()
            for partition in 0..<partitionCount {
                rangeBounds(positions(of: partition), keys, lower, upper, into: &bounds)
            }
        }
        return bounds
    }

    private func clamp(_ position: Int, _ positions: Range<Int>) -> Int {
        min(max(position, positions.lowerBound), positions.upperBound)
    }

    /// The order value of each position, signed so that it never decreases along the order
    /// (negated for a descending order); nil for a null.
    private func rangeKeys() throws(FrameError) -> [Double?] {
        guard orderColumns.count == 1 else {
            throw .typeMismatch(
                column: orderKeys.map(\.column).joined(separator: ", "),
                expected: "exactly one order column for a range frame", found: orderColumns.first?.dataType ?? .int64)
        }
        let column = orderColumns[0]
        let values: Column<Double>
        switch column.storage {
        case .int64, .double: values = column.doubles!
        case .date(let c): values = Column(values: c.values.map { Double($0.daysSinceEpoch) }, validity: c.validity)
        default: throw .typeMismatch(column: column.name, expected: "a number or a date to measure a range", found: column.dataType)
        }
        let sign = orderKeys[0].descending ? -1.0 : 1.0
        return orderedRows.map { row in values[row].map { sign * $0 } }
    }

    /// Range bounds within one partition, whose null order values sit in one block at the start
    /// or the end: two cursors walk the values, which the order sorts.
    private func rangeBounds(
        _ positions: Range<Int>, _ keys: [Double?], _ lower: Double?, _ upper: Double?, into bounds: inout FrameBounds
    ) {
        let valid = positions.filter { keys[$0] != nil }
        let validRange = (valid.first ?? positions.lowerBound)..<((valid.last ?? positions.lowerBound - 1) + 1)
        var first = validRange.lowerBound, end = validRange.lowerBound
        for position in positions {
            guard let key = keys[position] else {
                // A null's peers are the other nulls: the block outside the values.
                let nulls = position < validRange.lowerBound
                    ? positions.lowerBound..<validRange.lowerBound : validRange.upperBound..<positions.upperBound
                bounds.lower[position] = lower == nil ? positions.lowerBound : nulls.lowerBound
                bounds.upper[position] = upper == nil ? positions.upperBound : nulls.upperBound
                continue
            }
            if let lower {
                while first < validRange.upperBound && keys[first]! < key + lower { first += 1 }
            }
            if let upper {
                while end < validRange.upperBound && keys[end]! <= key + upper { end += 1 }
            }
            let low = lower == nil ? positions.lowerBound : first
            let high = upper == nil ? positions.upperBound : end
            bounds.lower[position] = low
            bounds.upper[position] = max(low, high)
        }
    }
}
