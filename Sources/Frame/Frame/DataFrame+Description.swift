extension DataFrame: CustomStringConvertible {
    /// A plain-text table of the first rows, for terminals and test failures.
    public var description: String { formatted(maximumRows: 20) }

    /// A plain-text table of at most `maximumRows` rows, each cell cut to `maximumCellWidth`.
    public func formatted(maximumRows: Int = 20, maximumCellWidth: Int = 40) -> String {
        let shown = min(rowCount, maximumRows)
        func cut(_ text: String) -> String {
            text.count <= maximumCellWidth ? text : String(text.prefix(maximumCellWidth - 1)) + "…"
        }
        var table: [[String]] = [columnNames.map(cut), columns.map { $0.dataType.description }]
        for row in 0..<shown {
            table.append(columns.map { cut($0[row].description) })
        }
        let widths = (0..<columnCount).map { c in table.map { $0[c].count }.max() ?? 0 }
        var lines = table.map { cells in
            zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }
                .joined(separator: "  ")
        }
        lines.insert(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "), at: 2)
        if rowCount > shown { lines.append("… \(rowCount - shown) more rows") }
        lines.append("(\(rowCount) rows × \(columnCount) columns)")
        return lines.joined(separator: "\n")
    }
}
