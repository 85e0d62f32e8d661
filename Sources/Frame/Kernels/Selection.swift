/// Order statistics without a full sort: quickselect with a median-of-three pivot, falling back
/// to sorting when partitions keep coming out lopsided.
enum Selection {
    /// The quantile of `values` at `probability`, interpolated between the two nearest values
    /// as DuckDB's `quantile_cont`, or `nil` when there are none. Reorders `values`.
    static func quantile(_ values: UnsafeMutableBufferPointer<Double>, _ probability: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let position = Double(values.count - 1) * probability
        let lower = Int(position.rounded(.down))
        let upper = Int(position.rounded(.up))
        select(values, lower)
        let low = values[lower]
        var high = low
        if upper != lower {
            // After selection everything right of `lower` is at least as large.
            high = values[upper]
            for index in (upper + 1)..<values.count where values[index] < high { high = values[index] }
        }
        // The same interpolation as sorting and reading `sorted[lower]`, `sorted[upper]`.
        return low + (high - low) * (position - Double(lower))
    }

    /// Reorders `values` so that `values[k]` is the value a sort would put there, with no larger
    /// value before it and no smaller one after it.
    static func select(_ values: UnsafeMutableBufferPointer<Double>, _ k: Int) {
        var low = 0
        var high = values.count - 1
        var budget = 2 * (Int.bitWidth - values.count.leadingZeroBitCount) + 4
        while high > low {
            if budget == 0 {
                var rest = UnsafeMutableBufferPointer(rebasing: values[low...high])
                rest.sort()
                return
            }
            budget -= 1
            let middle = low + (high - low) / 2
            // Median of three as the pivot, moved out of the way to `high`.
            if values[middle] < values[low] { values.swapAt(middle, low) }
            if values[high] < values[low] { values.swapAt(high, low) }
            if values[middle] < values[high] { values.swapAt(middle, high) }
            let pivot = values[high]
            // Hoare-style partition: equal values may go either side, so runs of ties split
            // evenly instead of degrading to quadratic time.
            var i = low
            var j = high - 1
            while true {
                while values[i] < pivot { i += 1 }
                while j > low && pivot < values[j] { j -= 1 }
                if i >= j { break }
                values.swapAt(i, j)
                i += 1
                j -= 1
            }
            values.swapAt(i, high)
            if k == i { return }
            if k < i { high = i - 1 } else { low = i + 1 }
        }
    }
}
