extension RowGrouping {
    /// Reduces `column` within each group; the result has one row per group, in group order.
    ///
    /// - Complexity: O(*n*) for every function but `median`, which sorts each group's values.
    public func aggregate(
        _ column: AnyColumn, _ function: AggregateFunction, name: String
    ) throws(FrameError) -> AnyColumn {
        guard function.resultType(for: column.dataType) != nil else {
            throw .typeMismatch(
                column: column.name, expected: "a type \(function.rawValue) accepts",
                found: column.dataType)
        }
        switch function {
        case .count:
            return AnyColumn(name: name, Column<Int64>(values: countRows()))
        case .countValid:
            return AnyColumn(name: name, Column<Int64>(values: countValid(column.validity)))
        case .countTrue:
            guard case .bool(let c) = column.storage else { preconditionFailure("checked above") }
            return AnyColumn(name: name, Column<Int64>(values: countTrue(c)))
        case .sum, .mean, .min, .max, .median:
            return reduce(column, function, name: name)
        }
    }

    private func countRows() -> [Int64] {
        var counts = [Int64](repeating: 0, count: groupCount)
        for group in groupOfRow { counts[Int(group)] += 1 }
        return counts
    }

    private func countValid(_ validity: Validity) -> [Int64] {
        guard validity.hasNulls else { return countRows() }
        var counts = [Int64](repeating: 0, count: groupCount)
        for (row, group) in groupOfRow.enumerated() where validity.isValid(row) {
            counts[Int(group)] += 1
        }
        return counts
    }

    private func countTrue(_ column: Column<Bool>) -> [Int64] {
        var counts = [Int64](repeating: 0, count: groupCount)
        for (row, group) in groupOfRow.enumerated()
        where column.values[row] && column.validity.isValid(row) {
            counts[Int(group)] += 1
        }
        return counts
    }

    private func reduce(_ column: AnyColumn, _ function: AggregateFunction, name: String) -> AnyColumn {
        if column.count == 0 {
            // Only an aggregate without keys has a group here: SQL gives it a null.
            return .nulls(name: name, type: function.resultType(for: column.dataType)!, count: groupCount)
        }
        switch column.storage {
        case .int64(let c):
            switch function {
            case .sum: return AnyColumn(name: name, sumIntegers(c))
            case .min: return AnyColumn(name: name, extreme(c, <))
            case .max: return AnyColumn(name: name, extreme(c, >))
            default: return AnyColumn(name: name, reduceDoubles(c.values.map(Double.init), c.validity, function))
            }
        case .double(let c):
            switch function {
            case .min: return AnyColumn(name: name, extreme(c, <))
            case .max: return AnyColumn(name: name, extreme(c, >))
            default: return AnyColumn(name: name, reduceDoubles(c.values, c.validity, function))
            }
        case .bool(let c):
            switch function {
            case .sum:
                return AnyColumn(name: name, sumIntegers(Column(values: c.values.map { $0 ? 1 : 0 }, validity: c.validity)))
            case .min: return AnyColumn(name: name, extreme(c) { !$0 && $1 })
            default: return AnyColumn(name: name, extreme(c) { $0 && !$1 })
            }
        case .date(let c):
            return AnyColumn(name: name, extreme(c, function == .min ? (<) : (>)))
        case .string(let c):
            let ranks = RowOrder.codePointRanks(c.dictionary)
            let keyed = Column<Int32>(values: c.codes.map { ranks[Int($0)] }, validity: c.validity)
            let best = extremeRows(keyed, function == .min ? (<) : (>))
            var builder = StringColumnBuilder()
            for row in best { builder.append(row.flatMap { c[$0] }) }
            return AnyColumn(name: name, builder.finish())
        }
    }

    private func sumIntegers(_ column: Column<Int64>) -> Column<Int64> {
        var sums = [Int64](repeating: 0, count: groupCount)
        var seen = [Bool](repeating: false, count: groupCount)
        for (row, group) in groupOfRow.enumerated() where column.validity.isValid(row) {
            sums[Int(group)] &+= column.values[row]
            seen[Int(group)] = true
        }
        return Column(values: sums, validity: Validity(seen))
    }

    private func reduceDoubles(_ values: [Double], _ validity: Validity, _ function: AggregateFunction) -> Column<Double> {
        if function == .median {
            var groups = [[Double]](repeating: [], count: groupCount)
            for (row, group) in groupOfRow.enumerated() where validity.isValid(row) {
                groups[Int(group)].append(values[row])
            }
            return Column(groups.map(RowGrouping.median))
        }
        var sums = [CompensatedSum](repeating: CompensatedSum(), count: groupCount)
        var counts = [Int](repeating: 0, count: groupCount)
        for (row, group) in groupOfRow.enumerated() where validity.isValid(row) {
            sums[Int(group)].add(values[row])
            counts[Int(group)] += 1
        }
        let result = (0..<groupCount).map { g -> Double? in
            guard counts[g] > 0 else { return nil }
            return function == .mean ? sums[g].value / Double(counts[g]) : sums[g].value
        }
        return Column(result)
    }

    /// The interpolated median of a group's values, or `nil` for none.
    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let position = Double(sorted.count - 1) * 0.5
        let lower = Int(position.rounded(.down))
        let upper = Int(position.rounded(.up))
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
    }

    private func extreme<T>(_ column: Column<T>, _ better: (T, T) -> Bool) -> Column<T> {
        let rows = extremeRows(column, better)
        // Empty groups point at row 0 as a placeholder; `reduce` handles a column with no rows.
        return Column(
            values: rows.map { column.values[$0 ?? 0] },
            validity: Validity(rows.map { $0 != nil }))
    }

    /// The row holding the best value of each group, or `nil` for a group with no values.
    private func extremeRows<T>(_ column: Column<T>, _ better: (T, T) -> Bool) -> [Int?] {
        var best = [Int?](repeating: nil, count: groupCount)
        for (row, group) in groupOfRow.enumerated() where column.validity.isValid(row) {
            if let current = best[Int(group)] {
                if better(column.values[row], column.values[current]) { best[Int(group)] = row }
            } else {
                best[Int(group)] = row
            }
        }
        return best
    }
}

