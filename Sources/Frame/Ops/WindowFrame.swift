/// Which rows of its partition a window function looks at, relative to the current row.
///
/// Offsets count from the current row: negative ones reach back (SQL's `PRECEDING`), positive
/// ones ahead (`FOLLOWING`), and `nil` reaches the partition's edge (`UNBOUNDED`).
///
///     .rows(-2, 0)      // this row and the two before it
///     .range(-89, 0)    // rows whose order value lies 89 or less before this row's
public enum WindowFrame: Sendable, Equatable {
    /// Every row of the partition.
    case partition
    /// The rows from `lower` to `upper` positions away from the current row, both included
    /// (SQL's `ROWS BETWEEN`).
    case rows(lower: Int?, upper: Int?)
    /// The rows whose order value differs from the current row's by `lower` to `upper`, both
    /// included, counted in the order's direction (SQL's `RANGE BETWEEN`). The order must be one
    /// number or date column; dates count in days. A row whose order value is null has the
    /// other null rows as its frame, as in SQL.
    case range(lower: Double?, upper: Double?)

    /// The frame from the partition's first row to the current one.
    public static let expanding = WindowFrame.rows(lower: nil, upper: 0)
}
