extension RowGrouping {
    /// The Pearson correlation of two numeric columns within each group, over the rows where both
    /// hold a value, as SQL's `corr`; null for a group with fewer than two such rows or where
    /// either column is constant.
    ///
    /// Two passes in `Double` with compensated sums: the means, then the co-moments about them.
    ///
    /// - Complexity: O(*n*).
    public func correlation(_ x: AnyColumn, _ y: AnyColumn, name: String) throws(FrameError) -> AnyColumn {
        guard let xs = x.doubles else {
            throw .typeMismatch(column: x.name, expected: "a number", found: x.dataType)
        }
        guard let ys = y.doubles else {
            throw .typeMismatch(column: y.name, expected: "a number", found: y.dataType)
        }
        precondition(xs.count == groupOfRow.count && ys.count == groupOfRow.count, "column lengths differ from the grouping")
        let validity = xs.validity.intersection(ys.validity)
        let result = xs.values.withUnsafeBufferPointer { xs in
            ys.values.withUnsafeBufferPointer { ys in correlation(xs, ys, validity) }
        }
        return AnyColumn(name: name, result)
    }

    private func correlation(
        _ xs: UnsafeBufferPointer<Double>, _ ys: UnsafeBufferPointer<Double>, _ validity: Validity
    ) -> Column<Double> {
        let (xSums, counts) = compensatedSums(validity) { row, _ in xs[row] }
        let (ySums, _) = compensatedSums(validity) { row, _ in ys[row] }
        let xMeans = GroupBuffer<Double>(count: groupCount, repeating: 0)
        let yMeans = GroupBuffer<Double>(count: groupCount, repeating: 0)
        for group in 0..<groupCount where counts.base[group] > 0 {
            xMeans.base[group] = xSums.base[group].value / Double(counts.base[group])
            yMeans.base[group] = ySums.base[group].value / Double(counts.base[group])
        }
        let (mx, my) = (xMeans.base, yMeans.base)
        let (xx, _) = compensatedSums(validity) { row, group in (xs[row] - mx[group]) * (xs[row] - mx[group]) }
        let (yy, _) = compensatedSums(validity) { row, group in (ys[row] - my[group]) * (ys[row] - my[group]) }
        let (xy, _) = compensatedSums(validity) { row, group in (xs[row] - mx[group]) * (ys[row] - my[group]) }
        return Column((0..<groupCount).map { group -> Double? in
            guard counts.base[group] > 1 else { return nil }
            let r = xy.base[group].value / (xx.base[group].value * yy.base[group].value).squareRoot()
            return r.isFinite ? r : nil
        })
    }
}
