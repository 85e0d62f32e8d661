extension WindowPartitions {
    /// `function` of `columns` over each row's frame: the rolling, cumulative and
    /// whole-partition aggregates.
    ///
    /// `count` counts the frame's rows (`columns` may be empty); `countValid` its values,
    /// `countTrue` its true values. `sum` keeps integers integers (booleans count as 0 and 1)
    /// and adds doubles with compensation; `sum`, `mean`, `min` and `max` are null for a frame
    /// without values, as in SQL; `first` and `last` are the frame's first and last values,
    /// nulls skipped. Over `.partition` every aggregate applies, each partition reduced as a
    /// group of ``RowGrouping``.
    ///
    ///     let threeMonths = try windows.aggregate([frame["sent"]!], .sum, over: .range(lower: -89, upper: 0))
    ///
    /// - Complexity: O(*n*) after the partitions are built: sums slide over each partition,
    ///   adding the rows that enter the frame and removing those that leave it; `min` and `max`
    ///   keep a monotonic queue of the frame's candidates.
    public func aggregate(_ columns: [AnyColumn], _ function: AggregateFunction, over frame: WindowFrame) throws(FrameError) -> AnyColumn {
        let bounds = try bounds(frame)
        guard let column = columns.first else {
            precondition(function == .count, "only count reads no column")
            return AnyColumn(name: "", frameSizes(bounds))
        }
        switch (function, column.storage) {
        case (.count, _): return AnyColumn(name: "", frameSizes(bounds))
        case (.countValid, _): return AnyColumn(name: "", try integerSums(bounds, column.validity, column.name) { _ in 1 }.sums)
        case (.countTrue, .bool(let c)): return AnyColumn(name: "", try integerSums(bounds, c.validity, column.name) { c.values[$0] ? 1 : 0 }.sums)
        case (.sum, .int64(let c)): return AnyColumn(name: "", try integerSums(bounds, c.validity, column.name) { c.values[$0] }.nullWhenEmpty)
        case (.sum, .bool(let c)): return AnyColumn(name: "", try integerSums(bounds, c.validity, column.name) { c.values[$0] ? 1 : 0 }.nullWhenEmpty)
        case (.mean, .int64(let c)): return AnyColumn(name: "", try integerSums(bounds, c.validity, column.name) { c.values[$0] }.means)
        case (.sum, .double(let c)): return AnyColumn(name: "", doubleSums(bounds, c, mean: false))
        case (.mean, .double(let c)): return AnyColumn(name: "", doubleSums(bounds, c, mean: true))
        case (.min, _), (.max, _): return try extremes(column, bounds, largest: function == .max)
        case (.first, _): return try firstValues(column, over: frame, ignoringNulls: true)
        case (.last, _): return try lastValues(column, over: frame, ignoringNulls: true)
        default:
            guard frame == .partition else {
                throw .typeMismatch(column: column.name, expected: "count, sum, mean, min, max, first or last over a window frame", found: column.dataType)
            }
            let perPartition = try grouping.aggregate(columns, function, name: "")
            return perPartition.gathering(grouping.groupOfRow.map { Int($0) })
        }
    }

    private func frameSizes(_ bounds: FrameBounds) -> Column<Int64> {
        var sizes = [Int64](repeating: 0, count: rowCount)
        for position in 0..<rowCount { sizes[orderedRows[position]] = Int64(bounds.upper[position] - bounds.lower[position]) }
        return Column(values: sizes)
    }

    /// Walks each partition's frames in order, adding the rows that enter the frame and
    /// removing those that leave, then reading the state for the current row.
    private func slide(
        _ bounds: FrameBounds, reset: () -> Void, add: (Int) -> Void, remove: (Int) -> Void, read: (_ row: Int) -> Void
    ) {
        for partition in 0..<partitionCount {
            let positions = positions(of: partition)
            reset()
            var entered = positions.lowerBound, left = positions.lowerBound
            for position in positions {
                while entered < bounds.upper[position] {
                    add(orderedRows[entered])
                    entered += 1
                }
                while left < bounds.lower[position] {
                    remove(orderedRows[left])
                    left += 1
                }
                read(orderedRows[position])
            }
        }
    }

    /// Integer sums of `value(row)` over the valid rows of each frame, with their counts.
    private struct IntegerSums {
        var totals: [Int64]
        var counts: [Int64]

        var sums: Column<Int64> { Column(values: totals) }
        var nullWhenEmpty: Column<Int64> { Column(values: totals, validity: Validity(counts.lazy.map { $0 > 0 })) }
        var means: Column<Double> {
            Column(values: zip(totals, counts).map { $1 > 0 ? Double($0) / Double($1) : 0 }, validity: Validity(counts.lazy.map { $0 > 0 }))
        }
    }

    private func integerSums(
        _ bounds: FrameBounds, _ validity: Validity, _ name: String, _ value: (Int) -> Int64
    ) throws(FrameError) -> IntegerSums {
        var result = IntegerSums(totals: [Int64](repeating: 0, count: rowCount), counts: [Int64](repeating: 0, count: rowCount))
        var total: Int64 = 0, count: Int64 = 0, overflow = false
        slide(bounds) {
            (total, count) = (0, 0)
        } add: { row in
            guard validity.isValid(row) else { return }
            let (sum, over) = total.addingReportingOverflow(value(row))
            (total, count, overflow) = (sum, count + 1, overflow || over)
        } remove: { row in
            guard validity.isValid(row) else { return }
            let (sum, over) = total.subtractingReportingOverflow(value(row))
            (total, count, overflow) = (sum, count - 1, overflow || over)
        } read: { row in
            (result.totals[row], result.counts[row]) = (total, count)
        }
        if overflow { throw .overflow(column: name) }
        return result
    }

    /// Compensated sums (or means) of the valid doubles of each frame; null for a frame without one.
    private func doubleSums(_ bounds: FrameBounds, _ column: Column<Double>, mean: Bool) -> Column<Double> {
        var values = [Double](repeating: 0, count: rowCount)
        var counts = [Int](repeating: 0, count: rowCount)
        var total = CompensatedSum(), count = 0
        column.values.withUnsafeBufferPointer { source in
            slide(bounds) {
                (total, count) = (CompensatedSum(), 0)
            } add: { row in
                guard column.validity.isValid(row) else { return }
                total.add(source[row])
                count += 1
            } remove: { row in
                guard column.validity.isValid(row) else { return }
                count -= 1
                // An empty frame starts again from an exact zero, shedding rounding residue.
                if count == 0 { total = CompensatedSum() } else { total.add(-source[row]) }
            } read: { row in
                values[row] = mean && count > 0 ? total.value / Double(count) : total.value
                counts[row] = count
            }
        }
        return Column(values: values, validity: Validity(counts.lazy.map { $0 > 0 }))
    }

    /// The smallest or largest value of each frame, null for a frame without one.
    private func extremes(_ column: AnyColumn, _ bounds: FrameBounds, largest: Bool) throws(FrameError) -> AnyColumn {
        let sources: [Int]
        switch column.storage {
        case .int64(let c): sources = extremeRows(c.values, c.validity, bounds, largest: largest)
        case .double(let c): sources = extremeRows(c.values, c.validity, bounds, largest: largest)
        case .bool(let c): sources = extremeRows(c.values.map { $0 ? 1 : 0 }, c.validity, bounds, largest: largest)
        case .date(let c): sources = extremeRows(c.values.map(\.daysSinceEpoch), c.validity, bounds, largest: largest)
        case .string(let c):
            sources = extremeRows(c.rankedCodes(RowOrder.codePointRanks(c.dictionary)), c.validity, bounds, largest: largest)
        }
        return try column.gathering(sources, missing: .null).renamed("")
    }

    /// The row holding each frame's extreme value: a queue of the frame's positions whose values
    /// decrease (for the largest) from front to back; the front is the answer, and a value that
    /// enters drops every queued one it beats, since those can never be the answer again.
    private func extremeRows<T: Comparable>(_ values: [T], _ validity: Validity, _ bounds: FrameBounds, largest: Bool) -> [Int] {
        var sources = [Int](repeating: -1, count: rowCount)
        var queue: [Int] = []
        var head = 0
        values.withUnsafeBufferPointer { values in
            for partition in 0..<partitionCount {
                let positions = positions(of: partition)
                queue.removeAll(keepingCapacity: true)
                head = 0
                var entered = positions.lowerBound
                for position in positions {
                    while entered < bounds.upper[position] {
                        let value = values[orderedRows[entered]]
                        if validity.isValid(orderedRows[entered]) {
                            while queue.count > head, largest ? values[orderedRows[queue[queue.count - 1]]] <= value : values[orderedRows[queue[queue.count - 1]]] >= value {
                                queue.removeLast()
                            }
                            queue.append(entered)
                        }
                        entered += 1
                    }
                    // Queued positions that left the frame sit at the front.
                    while head < queue.count, queue[head] < bounds.lower[position] { head += 1 }
                if head < queue.count { sources[orderedRows[position]] = orderedRows[queue[head]] }
                }
            }
        }
        return sources
    }
}
