extension RowGrouping {
    /// The Pearson correlation of two numeric columns within each group, over the rows where both
    /// hold a value, as SQL's `corr`; null for a group with fewer than two such rows or where
    /// either column is constant.
    ///
    /// Two passes in `Double` with compensated sums: the means, then the co-moments about them,
    /// which avoids the cancellation of the one-pass formula.
    ///
    /// - Complexity: O(*n*).
    public func correlation(_ x: AnyColumn, _ y: AnyColumn, name: String) throws(FrameError) -> AnyColumn {
        precondition(x.count == groupOfRow.count && y.count == groupOfRow.count, "column lengths differ from the grouping")
        let validity = x.validity.intersection(y.validity)
        let result: Column<Double>
        switch (x.storage, y.storage) {
        case (.int64(let a), .int64(let b)): result = correlation(a.values, b.values, validity)
        case (.int64(let a), .double(let b)): result = correlation(a.values, b.values, validity)
        case (.double(let a), .int64(let b)): result = correlation(a.values, b.values, validity)
        case (.double(let a), .double(let b)): result = correlation(a.values, b.values, validity)
        case (.int64, _), (.double, _):
            throw .typeMismatch(column: y.name, expected: "a number", found: y.dataType)
        default:
            throw .typeMismatch(column: x.name, expected: "a number", found: x.dataType)
        }
        return AnyColumn(name: name, result)
    }

    private func correlation<X: DoubleConvertible, Y: DoubleConvertible>(
        _ xs: [X], _ ys: [Y], _ validity: Validity
    ) -> Column<Double> {
        guard !xs.isEmpty else { return Column([Double?](repeating: nil, count: groupCount)) }
        return xs.withUnsafeBufferPointer { xs in
            ys.withUnsafeBufferPointer { ys in
                let x = xs.baseAddress!
                let y = ys.baseAddress!
                let (xSums, counts) = compensatedSums(validity, ValueTerm(values: x))
                let ySums = compensatedSums(validity, ValueTerm(values: y)).sums
                let xMeans = GroupBuffer<Double>(count: groupCount, repeating: 0)
                let yMeans = GroupBuffer<Double>(count: groupCount, repeating: 0)
                for group in 0..<groupCount where counts.base[group] > 0 {
                    xMeans.base[group] = xSums.base[group].value / Double(counts.base[group])
                    yMeans.base[group] = ySums.base[group].value / Double(counts.base[group])
                }
                let (mx, my) = (xMeans.base, yMeans.base)
                let xx = compensatedSums(validity, ProductOfDeviationsTerm(x: x, xMeans: mx, y: x, yMeans: mx)).sums
                let yy = compensatedSums(validity, ProductOfDeviationsTerm(x: y, xMeans: my, y: y, yMeans: my)).sums
                let xy = compensatedSums(validity, ProductOfDeviationsTerm(x: x, xMeans: mx, y: y, yMeans: my)).sums
                return Column((0..<groupCount).map { group -> Double? in
                    guard counts.base[group] > 1 else { return nil }
                    let r = xy.base[group].value / (xx.base[group].value * yy.base[group].value).squareRoot()
                    return r.isFinite ? r : nil
                })
            }
        }
    }
}
