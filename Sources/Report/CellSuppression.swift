/// Which cells of a published table are hidden because their counts are small enough to
/// identify people: primary small-count suppression, shown as `[c]`.
///
/// A count below `threshold` is hidden, zeros too unless `keepsZeros` (the rule of
/// `SmallCountSuppression` in OversightStats). On a row with a hidden count, the `derived`
/// columns (rates and intervals computed from those counts) are hidden as well, since they
/// would give the count away. The workbook prints `[c]` in a hidden cell; the CSV file and the
/// chart's data leave it empty, so chart tools still read the column as numbers.
public struct CellSuppression: Sendable, Equatable {
    /// The marker the workbook prints in a hidden cell ("confidential", as the UK statistics
    /// service writes it).
    public static let marker = "[c]"

    /// The whole-number columns whose small values are hidden.
    public var counts: [String]
    /// The columns hidden on every row where one of `counts` is.
    public var derived: [String]
    /// The smallest count shown.
    public var threshold: Int64
    /// Whether a zero count is shown although it is below the threshold.
    public var keepsZeros: Bool

    /// A rule hiding `counts` below `threshold`, and `derived` on the rows where one is hidden.
    public init(counts: [String], derived: [String] = [], threshold: Int64 = 5, keepsZeros: Bool = false) {
        self.counts = counts
        self.derived = derived
        self.threshold = threshold
        self.keepsZeros = keepsZeros
    }

    /// Whether a count is hidden.
    public func suppresses(_ count: Int64) -> Bool {
        count < threshold && !(keepsZeros && count == 0)
    }
}
