extension RowGrouping {
    /// The median of each group's valid values, interpolated between the two middle values as
    /// DuckDB's `quantile_cont(x, 0.5)`; null for a group without values.
    func medians<T: DoubleConvertible>(_ values: [T], _ validity: Validity) -> Column<Double> {
        values.withUnsafeBufferPointer { values in
            medians(scatter(count: values.count, validity, ValueTerm(values: values.baseAddress!)))
        }
    }

    private func medians(_ scattered: Scattered) -> Column<Double> {
        let offsets = scattered.offsets
        let base = UncheckedSendable(scattered.values.base)
        // Groups are independent: each thread selects within a range of groups.
        let parts = Parallel.mapRanges(groupCount, minimumPerPart: 64) { groups in
            groups.map { group -> Double? in
                let values = UnsafeMutableBufferPointer(
                    start: base.value + offsets[group], count: offsets[group + 1] - offsets[group])
                return Selection.median(values)
            }
        }
        return Column(Array(parts.joined()))
    }
}
