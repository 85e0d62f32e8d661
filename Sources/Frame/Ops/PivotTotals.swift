/// The totals a wide pivot adds, each recomputed from the underlying rows with the pivot's
/// aggregate (so a total of means is the mean of all the rows, never a mean of means).
public struct PivotTotals: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// A last row aggregating each column over every index value.
    public static let row = PivotTotals(rawValue: 1)
    /// A last column aggregating each row over every name.
    public static let column = PivotTotals(rawValue: 2)
}
