import Frame

/// Which cells of a published table to hide because their counts are small enough to
/// identify people, and the marker printed in their place.
///
/// A count is suppressed when it is below `threshold` (5 by default); zeros are suppressed
/// too unless `keepsZeros` is set (a zero identifies no one, but some publishers hide it so
/// that a hidden cell cannot be told from an empty one). Suppressed cells print as `[c]`
/// ("confidential", the marker of the UK Government Statistical Service) and the notes sheet
/// must say so. This is primary suppression only: a total next to a single hidden cell still
/// reveals it, and choosing further cells to hide is left to the table's author.
///
///     let rule = SmallCountSuppression()
///     rule.display(Column<Int64>([12, 3, nil, 0]))   // ["12", "[c]", nil, "[c]"]
public struct SmallCountSuppression: Sendable, Equatable {
    /// The marker printed instead of a suppressed count.
    public static let marker = "[c]"

    /// The smallest count shown; counts below it are suppressed.
    public var threshold: Int64
    /// Whether a count of zero is shown even though it is below the threshold.
    public var keepsZeros: Bool

    /// A rule hiding counts below `threshold` (5 by default), zeros included unless
    /// `keepsZeros`.
    public init(threshold: Int64 = 5, keepsZeros: Bool = false) {
        self.threshold = threshold
        self.keepsZeros = keepsZeros
    }

    /// Whether a count is suppressed.
    public func suppresses(_ count: Int64) -> Bool {
        count < threshold && !(keepsZeros && count == 0)
    }

    /// Whether each cell is suppressed; a null cell is not (it prints empty).
    ///
    /// - Complexity: O(n).
    public func suppressedCells(_ counts: Column<Int64>) -> Column<Bool> {
        Column(values: counts.values.indices.map { counts.validity.isValid($0) && suppresses(counts.values[$0]) })
    }

    /// The counts as printed: the number, or `[c]` where suppressed; nulls stay null.
    ///
    /// - Complexity: O(n).
    public func display(_ counts: Column<Int64>) -> StringColumn {
        StringColumn(counts.values.indices.map { row in
            counts[row].map { suppresses($0) ? Self.marker : String($0) }
        })
    }
}
