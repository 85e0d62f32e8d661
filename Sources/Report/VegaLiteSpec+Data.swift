import Frame

extension VegaLiteSpec {
    /// One record per row, keyed by column name: integers as integers, dates as `YYYY-MM-DD`,
    /// missing values and non-finite numbers as `null`.
    ///
    /// A `.truncated` column holds the cut values the report publishes, as in the workbook.
    static func records(of table: ReportTable) -> [VegaLiteJSON] {
        let frame = table.frame
        var rows = [[String: VegaLiteJSON]](repeating: [:], count: frame.rowCount)
        for column in frame.columns {
            let format = table.format(of: column)
            let values = jsonValues(of: column, format: format)
            for row in 0..<frame.rowCount { rows[row][column.name] = values[row] }
        }
        return rows.map(VegaLiteJSON.object)
    }

    private static func jsonValues(of column: AnyColumn, format: ColumnFormat) -> [VegaLiteJSON] {
        switch column.storage {
        case .int64(let values):
            return (0..<values.count).map { values[$0].map(VegaLiteJSON.int) ?? .null }
        case .double(let values):
            return (0..<values.count).map { values[$0].map { .finite(format.publishedValue($0)) } ?? .null }
        case .bool(let values):
            return (0..<values.count).map { values[$0].map(VegaLiteJSON.bool) ?? .null }
        case .date(let values):
            return (0..<values.count).map { values[$0].map { .string($0.description) } ?? .null }
        case .string(let values):
            return (0..<values.count).map { values[$0].map(VegaLiteJSON.string) ?? .null }
        }
    }
}
