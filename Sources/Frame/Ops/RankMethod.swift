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
    /// rank. The result is an integer column, or a double column for `.average`.
    public func ranked(
        method: RankMethod, descending: Bool, eligible: Column<Bool>? = nil, name: String = ""
    ) -> AnyColumn {
        let order = RowOrder(self)
        let rows = (0..<count).filter { row in
            order.isValid(row) && (eligible.map { $0[row] == true } ?? true)
        }.sorted { a, b in
            let result = order.compare(a, b, descending: descending, nullsFirst: false)
            return result != 0 ? result < 0 : a < b
        }
        var ranks = [Double?](repeating: nil, count: count)
        var start = 0
        var denseRank = 0.0
        while start < rows.count {
            var end = start + 1
            while end < rows.count
                && order.compare(rows[start], rows[end], descending: descending, nullsFirst: false) == 0
            {
                end += 1
            }
            denseRank += 1
            for position in start..<end {
                let rank: Double
                switch method {
                case .competition: rank = Double(start + 1)
                case .dense: rank = denseRank
                case .ordinal: rank = Double(position + 1)
                case .average: rank = Double(start + 1 + end) / 2
                case .max: rank = Double(end)
                }
                ranks[rows[position]] = rank
            }
            start = end
        }
        if method == .average { return AnyColumn(name: name, Column<Double>(ranks)) }
        return AnyColumn(name: name, Column<Int64>(ranks.map { $0.map { Int64($0) } }))
    }
}
