extension DataFrame {
    /// The rows whose values in `columns` (every column when `nil`) differ from every row
    /// before them: the first occurrence of each combination is kept, in order of first
    /// appearance. Nulls equal each other here, as in SQL's `DISTINCT`.
    ///
    ///     let facilities = try frame.distinct(on: ["facility"])
    public func distinct(on columns: [String]? = nil) throws(FrameError) -> DataFrame {
        let keys = columns ?? columnNames
        // No key column leaves one combination: the empty one.
        guard !keys.isEmpty else { return head(1) }
        return gathering(try RowGrouping(self, keys: keys).firstRows)
    }
}
