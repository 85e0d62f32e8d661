extension DataFrame {
    /// The rows of `frames`, one frame after another, matched by column name.
    ///
    /// Columns come in order of first appearance; a frame without one of them contributes
    /// nulls. A column must have one type in every frame that has it, except that integers
    /// and doubles together make a double column.
    ///
    ///     let both = try DataFrame(concatenating: [year2023, year2024])
    ///
    /// - Throws: `FrameError.typeMismatch` when a column's types disagree.
    public init(concatenating frames: [DataFrame]) throws(FrameError) {
        var names: [String] = []
        var types: [String: DataType] = [:]
        for frame in frames {
            for column in frame.columns {
                guard let known = types[column.name] else {
                    names.append(column.name)
                    types[column.name] = column.dataType
                    continue
                }
                switch (known, column.dataType) {
                case _ where known == column.dataType: break
                case (.int64, .double), (.double, .int64): types[column.name] = .double
                default: throw .typeMismatch(column: column.name, expected: known.description, found: column.dataType)
                }
            }
        }
        self.init(rowCount: frames.reduce(0) { $0 + $1.rowCount })
        for name in names {
            let type = types[name]!
            let pieces = frames.map { frame in
                frame[name] ?? .nulls(name: name, type: type, count: frame.rowCount)
            }
            var column = pieces[0]
            for piece in pieces.dropFirst() { column = try column.concatenating(piece) }
            try append(column.renamed(name))
        }
    }
}
