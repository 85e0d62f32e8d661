extension DataFrame {
    /// The rows sorted by several keys, stable: rows that tie on every key keep their order.
    ///
    /// - Complexity: O(*n* log *n*) comparisons.
    public func sorted(by keys: [SortKey]) throws(FrameError) -> DataFrame {
        gathering(try sortedIndices(by: keys))
    }

    /// The row order that `sorted(by:)` produces.
    public func sortedIndices(by keys: [SortKey]) throws(FrameError) -> [Int] {
        var orders: [(RowOrder, SortKey)] = []
        for key in keys {
            guard let column = self[key.column] else {
                throw .unknownColumn(key.column, available: columnNames)
            }
            orders.append((RowOrder(column), key))
        }
        // The row index breaks every tie, which makes the unstable library sort stable.
        return Array(0..<rowCount).sorted { a, b in
            for (order, key) in orders {
                let result = order.compare(a, b, descending: key.descending, nullsFirst: key.nullsFirst)
                if result != 0 { return result < 0 }
            }
            return a < b
        }
    }
}
