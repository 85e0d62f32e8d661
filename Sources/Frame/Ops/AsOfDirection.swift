/// Which right row an as-of join picks for a left row.
public enum AsOfDirection: String, Sendable, CaseIterable {
    /// The last right row whose key is at most the left key (DuckDB's `ASOF JOIN … >=`).
    case backward
    /// The first right row whose key is at least the left key.
    case forward
    /// Whichever of the backward and forward matches is closer; a tie goes to the backward one.
    case nearest
}
