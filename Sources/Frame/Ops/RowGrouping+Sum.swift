extension RowGrouping {
    /// The wrapping integer sum of each group's valid values; null for a group without one.
    func sumIntegers(_ values: [Int64], _ validity: Validity) -> Column<Int64> {
        let state = accumulate {
            (sums: GroupBuffer<Int64>(count: groupCount, repeating: 0),
             counts: GroupBuffer<Int64>(count: validity.hasNulls ? groupCount : 0, repeating: 0))
        } fold: { state, rows, groups in
            let sums = state.sums.base
            values.withUnsafeBufferPointer { values in
                if validity.hasNulls {
                    let counts = state.counts.base
                    for row in rows where validity.isValid(row) {
                        sums[Int(groups[row])] &+= values[row]
                        counts[Int(groups[row])] &+= 1
                    }
                } else {
                    for row in rows { sums[Int(groups[row])] &+= values[row] }
                }
            }
        } merge: { total, part in
            for group in 0..<groupCount { total.sums.base[group] &+= part.sums.base[group] }
            for group in 0..<total.counts.count { total.counts.base[group] &+= part.counts.base[group] }
        }
        return Column(values: state.sums.array, validity: validityOfGroups(counts: state.counts))
    }

    /// The compensated sum, or mean, of each group's valid values as doubles; null for a group
    /// without one.
    func sumDoubles<T: DoubleConvertible>(_ values: [T], _ validity: Validity, mean: Bool) -> Column<Double> {
        let (sums, counts) = values.withUnsafeBufferPointer { values in
            compensatedSums(validity, ValueTerm(values: values.baseAddress!))
        }
        let results = [Double](unsafeUninitializedCapacity: groupCount) { buffer, initialized in
            for group in 0..<groupCount {
                let total = sums.base[group].value
                buffer[group] = mean ? total / Double(counts.base[group]) : total
            }
            initialized = groupCount
        }
        guard validity.hasNulls else { return Column(values: results) }
        return Column(values: results.enumerated().map { counts.base[$0] > 0 ? $1 : 0 },
                      validity: validityOfGroups(counts: counts))
    }

    /// Each group's compensated sum of `term` over valid rows, and their count.
    func compensatedSums<Term: GroupTerm>(
        _ validity: Validity, _ term: Term
    ) -> (sums: GroupBuffer<CompensatedSum>, counts: GroupBuffer<Int64>) {
        accumulate {
            (sums: GroupBuffer(count: groupCount, repeating: CompensatedSum()),
             counts: GroupBuffer<Int64>(count: groupCount, repeating: 0))
        } fold: { state, rows, groups in
            let sums = state.sums.base
            let counts = state.counts.base
            if validity.hasNulls {
                for row in rows where validity.isValid(row) {
                    let group = Int(groups[row])
                    sums[group].add(term(row, group))
                    counts[group] &+= 1
                }
            } else {
                for row in rows {
                    let group = Int(groups[row])
                    sums[group].add(term(row, group))
                    counts[group] &+= 1
                }
            }
        } merge: { total, part in
            for group in 0..<groupCount {
                total.sums.base[group].add(part.sums.base[group])
                total.counts.base[group] &+= part.counts.base[group]
            }
        }
    }

    /// Valid where the group has at least one value; `counts` is empty when every group has.
    func validityOfGroups(counts: GroupBuffer<Int64>) -> Validity {
        guard counts.count > 0 else { return Validity(allValid: groupCount) }
        return Validity((0..<groupCount).lazy.map { counts.base[$0] > 0 })
    }
}
