/// Which rows a join keeps.
public enum JoinKind: String, Sendable, CaseIterable {
    /// Pairs of rows whose keys match.
    case inner
    /// Every left row, with the matching right rows or nulls.
    case left
    /// The matching pairs, then every right row that matched nothing, with nulls on the left.
    case right
    /// Every left row with its matches or nulls, then every right row that matched nothing.
    case full
    /// The left rows that have at least one match, once each, with the left columns only.
    case semi
    /// The left rows that have no match (a null key never matches), with the left columns only.
    case anti
}
