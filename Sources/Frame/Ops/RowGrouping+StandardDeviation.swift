extension RowGrouping {
    /// The sample standard deviation (divisor *n* − 1) of each group's valid values, as SQL's
    /// `stddev` / `stddev_samp`; null for a group with fewer than two values.
    ///
    /// Two passes in `Double`, each with compensated sums: the group means, then the squared
    /// deviations from them, which avoids the cancellation of the sum-of-squares formula.
    ///
    /// - Complexity: O(*n*).
    public func standardDeviation(_ column: AnyColumn, name: String) throws(FrameError) -> AnyColumn {
        try spread(column, name: name, standardDeviation: true)
    }

    /// The sample variance, or its square root, of each group's valid numbers.
    func spread(_ column: AnyColumn, name: String, standardDeviation: Bool) throws(FrameError) -> AnyColumn {
        switch column.storage {
        case .int64(let c): return AnyColumn(name: name, spread(c.values, c.validity, standardDeviation))
        case .double(let c): return AnyColumn(name: name, spread(c.values, c.validity, standardDeviation))
        default:
            throw .typeMismatch(column: column.name, expected: "a number", found: column.dataType)
        }
    }

    private func spread<T: DoubleConvertible>(_ values: [T], _ validity: Validity, _ root: Bool) -> Column<Double> {
        values.withUnsafeBufferPointer { buffer in
            let values = buffer.baseAddress ?? UnsafePointer(bitPattern: 8)!
            let (sums, counts) = compensatedSums(validity, ValueTerm(values: values))
            let means = GroupBuffer<Double>(count: groupCount, repeating: 0)
            for group in 0..<groupCount where counts.base[group] > 0 {
                means.base[group] = sums.base[group].value / Double(counts.base[group])
            }
            let squares = compensatedSums(
                validity, ProductOfDeviationsTerm(x: values, xMeans: means.base, y: values, yMeans: means.base)
            ).sums
            return Column((0..<groupCount).map { group -> Double? in
                let n = counts.base[group]
                guard n > 1 else { return nil }
                let variance = squares.base[group].value / Double(n - 1)
                return root ? variance.squareRoot() : variance
            })
        }
    }
}
