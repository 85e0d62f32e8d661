extension DataFrame {
    /// The frame with columns renamed by `names` (old name → new name), in place; the other
    /// columns keep theirs.
    ///
    ///     let renamed = try frame.renamed(["sent": "recommendations_sent"])
    ///
    /// - Throws: `FrameError.unknownColumn` for an old name the frame lacks, and
    ///   `FrameError.duplicateColumn` when two columns would end up with one name.
    public func renamed(_ names: [String: String]) throws(FrameError) -> DataFrame {
        for old in names.keys.sorted() where columnIndex(named: old) == nil {
            throw .unknownColumn(old, available: columnNames)
        }
        var result = DataFrame(rowCount: rowCount)
        for column in columns { try result.append(column.renamed(names[column.name] ?? column.name)) }
        return result
    }
}
