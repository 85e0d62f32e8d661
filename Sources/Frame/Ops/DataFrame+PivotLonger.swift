extension DataFrame {
    /// Turns `columns` into rows: each input row becomes one row per listed column, holding the
    /// other columns, the column's name in `namesTo` and its value in `valuesTo` (nulls kept).
    ///
    ///     // {facility, 2023, 2024} → {facility, year, sent}
    ///     let long = try wide.pivotLonger(["2023", "2024"], namesTo: "year", valuesTo: "sent")
    ///
    /// Rows come input row by input row, each in the order of `columns`. The listed columns
    /// must share a type, except that integers and doubles together give doubles.
    public func pivotLonger(
        _ columns: [String], namesTo: String = "name", valuesTo: String = "value"
    ) throws(FrameError) -> DataFrame {
        var stacked: AnyColumn?
        for name in columns {
            guard let column = self[name] else { throw .unknownColumn(name, available: columnNames) }
            stacked = try stacked.map { (c) throws(FrameError) in try c.concatenating(column) } ?? column
        }
        let width = columns.count
        let listed = Set(columns)
        let rows = (0..<rowCount).flatMap { repeatElement($0, count: width) }
        var result = DataFrame(rowCount: rows.count)
        for column in self.columns where !listed.contains(column.name) { try result.append(column.gathering(rows)) }
        let codes = (0..<rows.count).map { Int32($0 % max(width, 1)) }
        try result.append(AnyColumn(
            name: namesTo, StringColumn(codes: codes, dictionary: columns, validity: Validity(allValid: rows.count))))
        if let stacked {
            try result.append(stacked.gathering((0..<rows.count).map { ($0 % width) * rowCount + $0 / width }).renamed(valuesTo))
        }
        return result
    }
}
