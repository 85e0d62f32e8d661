/// One key of a sort: a column, a direction and where its nulls go.
public struct SortKey: Sendable, Equatable {
    /// The column to sort on.
    public var column: String
    /// Whether larger values come first.
    public var descending: Bool
    /// Whether nulls come before every value. By default nulls come last in both directions,
    /// as in DuckDB.
    public var nullsFirst: Bool

    public init(_ column: String, descending: Bool = false, nullsFirst: Bool = false) {
        self.column = column
        self.descending = descending
        self.nullsFirst = nullsFirst
    }
}
