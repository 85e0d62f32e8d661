extension RowGrouping {
    /// The rows holding the `k` largest (or smallest) valid values of `column` in each group:
    /// groups in group order, and within a group best first, ties in row order. A group with
    /// fewer than `k` values gives all of them; nulls are never picked.
    ///
    ///     let rows = try grouping.topRows(2, by: frame["v3"]!, descending: true)
    ///     let largestTwo = frame.gathering(rows)
    ///
    /// - Complexity: O(*n* · *k*) with a small constant for small *k*.
    public func topRows(_ k: Int, by column: AnyColumn, descending: Bool = true) throws(FrameError) -> [Int] {
        precondition(k >= 0, "k must not be negative")
        precondition(column.count == groupOfRow.count, "column length differs from the grouping")
        guard k > 0, column.count > 0 else { return [] }
        switch column.storage {
        case .int64(let c): return topRows(k, c.values, c.validity, descending)
        case .double(let c): return topRows(k, c.values, c.validity, descending)
        case .date(let c): return topRows(k, c.values, c.validity, descending)
        case .string(let c):
            let ranks = RowOrder.codePointRanks(c.dictionary)
            return topRows(k, c.rankedCodes(ranks), c.validity, descending)
        case .bool:
            throw .typeMismatch(column: column.name, expected: "an orderable value", found: .bool)
        }
    }

    private func topRows<T: Comparable>(
        _ k: Int, _ values: [T], _ validity: Validity, _ descending: Bool
    ) -> [Int] {
        descending ? topRows(k, values, validity, by: >) : topRows(k, values, validity, by: <)
    }

    /// Keeps, per group, `k` slots of (value, row) sorted best first, and inserts each row where
    /// it beats a slot; a later row never beats an equal value, which keeps ties in row order.
    /// The slots hold copies of the values, so a row is compared without reading other rows.
    @inline(__always)
    private func topRows<T>(
        _ k: Int, _ values: [T], _ validity: Validity, by better: (T, T) -> Bool
    ) -> [Int] {
        let state = values.withUnsafeBufferPointer { values in
            accumulate {
                (rows: GroupBuffer<Int>(count: groupCount * k, repeating: 0),
                 values: GroupBuffer<T>(count: groupCount * k, repeating: values[0]),
                 filled: GroupBuffer<Int32>(count: groupCount, repeating: 0))
            } fold: { state, rows, groups in
                let filled = state.filled.base
                for row in rows where validity.isValid(row) {
                    let group = Int(groups[row])
                    let topRows = state.rows.base + group * k
                    let topValues = state.values.base + group * k
                    let value = values[row]
                    var position = Int(filled[group])
                    if position == k {
                        guard better(value, topValues[k - 1]) else { continue }
                        position = k - 1
                    } else {
                        filled[group] += 1
                    }
                    while position > 0 && better(value, topValues[position - 1]) {
                        topRows[position] = topRows[position - 1]
                        topValues[position] = topValues[position - 1]
                        position -= 1
                    }
                    topRows[position] = row
                    topValues[position] = value
                }
            } merge: { total, part in
                // Both lists are best first and every row of `total` comes before those of `part`.
                var merged = [Int](repeating: 0, count: k)
                for group in 0..<groupCount {
                    let a = total.rows.base + group * k
                    let b = part.rows.base + group * k
                    let (na, nb) = (Int(total.filled.base[group]), Int(part.filled.base[group]))
                    var (i, j, n) = (0, 0, 0)
                    while n < k && (i < na || j < nb) {
                        if j == nb || (i < na && !better(values[b[j]], values[a[i]])) {
                            merged[n] = a[i]
                            i += 1
                        } else {
                            merged[n] = b[j]
                            j += 1
                        }
                        n += 1
                    }
                    for slot in 0..<n {
                        a[slot] = merged[slot]
                        total.values.base[group * k + slot] = values[merged[slot]]
                    }
                    total.filled.base[group] = Int32(n)
                }
            }
        }
        var result: [Int] = []
        result.reserveCapacity(groupCount * k)
        for group in 0..<groupCount {
            let top = state.rows.base + group * k
            for slot in 0..<Int(state.filled.base[group]) { result.append(top[slot]) }
        }
        return result
    }
}
