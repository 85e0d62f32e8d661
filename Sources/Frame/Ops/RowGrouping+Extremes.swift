extension RowGrouping {
    /// The smallest or largest valid value of each group; null for a group without one.
    func extreme<T: Comparable>(_ column: Column<T>, largest: Bool) -> Column<T> {
        largest ? extreme(column, by: >) : extreme(column, by: <)
    }

    /// `false` or `true` when some valid value of the group is; null for a group without one.
    func extreme(_ column: Column<Bool>, largest: Bool) -> Column<Bool> {
        largest ? extreme(column) { $0 && !$1 } : extreme(column) { !$0 && $1 }
    }

    /// The smallest or largest text of each group by code points; null for a group without one.
    func extreme(_ column: StringColumn, largest: Bool) -> StringColumn {
        let ranks = RowOrder.codePointRanks(column.dictionary)
        var codeOfRank = [Int32](repeating: 0, count: column.dictionary.count)
        for (code, rank) in ranks.enumerated() { codeOfRank[Int(rank)] = Int32(code) }
        let ranked = Column(values: column.rankedCodes(ranks), validity: column.validity)
        let best = extreme(ranked, largest: largest)
        return StringColumn(
            // A group with no value holds rank 0, which an empty dictionary has no code for.
            codes: best.values.map { codeOfRank.isEmpty ? 0 : codeOfRank[Int($0)] }, dictionary: column.dictionary,
            validity: best.validity)
    }

    @inline(__always)
    private func extreme<T>(_ column: Column<T>, by better: (T, T) -> Bool) -> Column<T> {
        let validity = column.validity
        let state = column.values.withUnsafeBufferPointer { values in
            accumulate {
                // Seeded with a placeholder; `seen` says whether it was replaced.
                (best: GroupBuffer(count: groupCount, repeating: values[0]),
                 seen: GroupBuffer(count: groupCount, repeating: false))
            } fold: { state, rows, groups in
                let best = state.best.base
                let seen = state.seen.base
                for row in rows where validity.isValid(row) {
                    let group = Int(groups[row])
                    if !seen[group] || better(values[row], best[group]) {
                        best[group] = values[row]
                        seen[group] = true
                    }
                }
            } merge: { total, part in
                for group in 0..<groupCount where part.seen.base[group] {
                    if !total.seen.base[group] || better(part.best.base[group], total.best.base[group]) {
                        total.best.base[group] = part.best.base[group]
                        total.seen.base[group] = true
                    }
                }
            }
        }
        let groupValidity = validity.hasNulls
            ? Validity((0..<groupCount).lazy.map { state.seen.base[$0] })
            : Validity(allValid: groupCount)
        return Column(values: state.best.array, validity: groupValidity)
    }
}
