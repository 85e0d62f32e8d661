import Frame
import Report

/// A native chart of a data sheet's table, with its ranges resolved to table columns and rows.
struct ChartPlan {
    var kind: ChartKind
    /// The table column holding the categories (bar labels, the line's time axis).
    var categoryColumn: Int
    /// The table column holding the values.
    var valueColumn: Int
    /// The column naming each series, when the rows are split into several.
    var seriesColumn: Int?
    /// The data rows of each series, as 0-based offsets into the table's data.
    var series: [Range<Int>]
    /// Axis titles given by the report; `nil` takes the column's header cell.
    var categoryTitle: String?
    var valueTitle: String?
    /// Whether the values are rates, shown as percentages on a 0–100% axis.
    var valuesArePercent: Bool
    /// Whether the value axis can be fixed at 0–100 % (every value is a rate in [0, 1]).
    var valuesFitPercentAxis: Bool

    /// The chart of `table`, or `nil` when it has none or its table holds only a placeholder row.
    init?(_ table: ReportTable, hasData: Bool) throws(XLSXError) {
        guard let spec = table.chart, hasData else { return nil }
        let frame = table.frame
        func index(of name: String) throws(XLSXError) -> Int {
            guard let index = frame.columnIndex(named: name) else {
                throw .unknownChartColumn(table: table.name, column: name)
            }
            return index
        }
        kind = spec.kind
        categoryColumn = try index(of: spec.x)
        valueColumn = try index(of: spec.y)
        categoryTitle = spec.xTitle.map(ChartPlan.literal)
        valueTitle = spec.yTitle.map(ChartPlan.literal)
        valuesArePercent = table.format(of: frame.columns[valueColumn]) == .percent
        valuesFitPercentAxis = table.fitsPercentAxis(frame.columns[valueColumn])
        if spec.kind == .line, let name = spec.series {
            let column = try index(of: name)
            seriesColumn = column
            series = ChartPlan.runs(of: frame.columns[column])
        } else {
            seriesColumn = nil
            series = [0..<frame.rowCount]
        }
    }

    /// The runs of equal adjacent values: one line per run when rows are sorted by series.
    static func runs(of column: AnyColumn) -> [Range<Int>] {
        guard column.count > 0 else { return [] }
        var runs: [Range<Int>] = []
        var start = 0
        for row in 1...column.count where row == column.count || column[row] != column[start] {
            runs.append(start..<row)
            start = row
        }
        return runs
    }

    // libxlsxwriter reads a name starting with "=" as a cell range, so such text gets a leading space.
    private static func literal(_ text: String) -> String {
        let cleaned = CellText.stripped(text)
        return cleaned.hasPrefix("=") ? " " + cleaned : cleaned
    }
}
