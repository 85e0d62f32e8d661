extension RowGrouping {
    /// The exact integer sum of each group's valid values; null for a group without one.
    ///
    /// - Throws: `FrameError.overflow` when a sum leaves the 64-bit range: a wrapped total would
    ///   be silently wrong (DuckDB widens to 128 bits instead).
    func sumIntegers(_ values: [Int64], _ validity: Validity, column: String) throws(FrameError) -> Column<Int64> {
        let totals = exactSums(values, validity, counting: validity.hasNulls)
        if totals.overflow { throw .overflow(column: column) }
        return Column(values: totals.sums, validity: validityOfGroups(counts: totals.counts))
    }

    /// The mean of each group's valid integers; null for a group without one.
    ///
    /// The sums are exact integers, so the mean is rounded once; if a sum would overflow, the
    /// means come from compensated double sums instead.
    func meanIntegers(_ values: [Int64], _ validity: Validity) -> Column<Double> {
        let totals = exactSums(values, validity, counting: true)
        guard !totals.overflow else { return sumDoubles(values, validity, mean: true) }
        let counts = totals.counts.base
        let means = (0..<groupCount).map { group in
            counts[group] > 0 ? Double(totals.sums[group]) / Double(counts[group]) : 0
        }
        guard validity.hasNulls else { return Column(values: means) }
        return Column(values: means, validity: validityOfGroups(counts: totals.counts))
    }

    /// Each group's integer sum over valid rows, whether any sum overflowed, and (when
    /// `counting`) how many valid rows each group has; both cores take half the rows.
    private func exactSums(
        _ values: [Int64], _ validity: Validity, counting: Bool
    ) -> (sums: [Int64], counts: GroupBuffer<Int64>, overflow: Bool) {
        let state = accumulate {
            (sums: GroupBuffer<Int64>(count: groupCount, repeating: 0),
             counts: GroupBuffer<Int64>(count: counting ? groupCount : 0, repeating: 0),
             overflow: GroupBuffer<Bool>(count: 1, repeating: false))
        } fold: { state, rows, groups in
            let sums = state.sums.base
            let counts = state.counts.base
            var overflow = false
            values.withUnsafeBufferPointer { values in
                // Nulls are tested once, outside the loop that adds.
                if validity.hasNulls || counting {
                    for row in rows where validity.isValid(row) {
                        let group = Int(groups[row])
                        let (sum, overflowed) = sums[group].addingReportingOverflow(values[row])
                        sums[group] = sum
                        overflow = overflow || overflowed
                        if counting { counts[group] &+= 1 }
                    }
                } else {
                    for row in rows {
                        let group = Int(groups[row])
                        let (sum, overflowed) = sums[group].addingReportingOverflow(values[row])
                        sums[group] = sum
                        overflow = overflow || overflowed
                    }
                }
            }
            state.overflow.base[0] = overflow
        } merge: { total, part in
            var overflow = total.overflow.base[0] || part.overflow.base[0]
            for group in 0..<groupCount {
                let (sum, overflowed) = total.sums.base[group].addingReportingOverflow(part.sums.base[group])
                total.sums.base[group] = sum
                overflow = overflow || overflowed
            }
            for group in 0..<total.counts.count { total.counts.base[group] &+= part.counts.base[group] }
            total.overflow.base[0] = overflow
        }
        return (state.sums.array, state.counts, state.overflow.base[0])
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
