import Frame

extension ReportTable {
    /// Whether a chart of `column` can use a fixed 0–100 % axis: the column is shown as a
    /// percentage and every value lies in [0, 1].
    ///
    /// Rates (compliance, response) do; occupancy (150 %) and changes (−20 %) do not, and a
    /// fixed axis would cut their bars off.
    public func fitsPercentAxis(_ column: AnyColumn) -> Bool {
        guard format(of: column) == .percent, let values = column.doubles else { return false }
        return (0..<values.count).allSatisfy { row in
            // NaN is written as a blank, like a null, so it does not count.
            values[row].map { $0.isNaN || ($0 >= 0 && $0 <= 1) } ?? true
        }
    }
}
