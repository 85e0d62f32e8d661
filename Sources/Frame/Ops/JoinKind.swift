/// Which rows a join keeps.
public enum JoinKind: String, Sendable, CaseIterable {
    /// Pairs of rows whose keys match.
    case inner
    /// Every left row, with the matching right rows or nulls.
    case left
}
