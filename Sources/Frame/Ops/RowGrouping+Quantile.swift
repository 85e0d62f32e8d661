extension RowGrouping {
    /// The quantile at `probability` of each group's valid values, interpolated as DuckDB's
    /// `quantile_cont`; null for a group without values.
    func quantiles<T: DoubleConvertible>(_ values: [T], _ validity: Validity, probability: Double) -> Column<Double> {
        precondition((0...1).contains(probability), "a quantile's probability lies between 0 and 1")
        return values.withUnsafeBufferPointer { values in
            quantiles(scatter(count: values.count, validity, ValueTerm(values: values.baseAddress!)), probability)
        }
    }

    private func quantiles(_ scattered: Scattered, _ probability: Double) -> Column<Double> {
        let offsets = scattered.offsets
        let base = UncheckedSendable(scattered.values.base)
        // Groups are independent: each thread selects within a range of groups.
        let parts = Parallel.mapRanges(groupCount, minimumPerPart: 64) { groups in
            groups.map { group -> Double? in
                let values = UnsafeMutableBufferPointer(
                    start: base.value + offsets[group], count: offsets[group + 1] - offsets[group])
                return Selection.quantile(values, probability)
            }
        }
        return Column(Array(parts.joined()))
    }
}
