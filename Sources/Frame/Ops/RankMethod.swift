/// How tied values share ranks.
public enum RankMethod: String, Sendable, CaseIterable {
    /// Ties share the lowest rank and leave a gap: 1, 2, 2, 4 (SQL `RANK`, pandas `min`).
    case competition
    /// Ties share the lowest rank with no gap: 1, 2, 2, 3 (SQL `DENSE_RANK`).
    case dense
    /// Every row gets its own rank, ties in row order: 1, 2, 3, 4 (SQL `ROW_NUMBER`).
    case ordinal
    /// Ties share the mean of their positions: 1, 2.5, 2.5, 4 (pandas `average`).
    case average
    /// Ties share the highest rank: 1, 3, 3, 4 (pandas `max`).
    case max
}

extension AnyColumn {
    /// The rank of each row's value among the eligible rows, 1 for the first in the order.
    ///
    /// Nulls are never ranked: a null value, or a row where `eligible` is not true, gets a null
    /// rank. The result is an integer column, or a double column for `.average`. This is
    /// ``WindowPartitions/ranks(_:eligible:)`` over one partition ordered by the column.
    public func ranked(
        method: RankMethod, descending: Bool, eligible: Column<Bool>? = nil, name: String = ""
    ) -> AnyColumn {
        let key = "value"
        // One column of its own length always makes a frame.
        guard let frame = try? DataFrame(columns: [renamed(key)]),
            let windows = try? WindowPartitions(frame, orderBy: [SortKey(key, descending: descending)])
        else { preconditionFailure("a single column always forms a frame") }
        return windows.ranks(method, eligible: eligible).renamed(name)
    }
}
