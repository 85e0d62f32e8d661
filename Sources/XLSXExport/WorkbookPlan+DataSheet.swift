import Report

extension WorkbookPlan {
    /// The sheet of one report table: an Excel table of its frame and, if asked for, a chart.
    static func dataSheet(
        _ table: ReportTable, number: Int, labels: WorkbookLabels, sheetNames: inout SheetNames,
        tableNames: inout TableNames, text: inout CellText, repairs: inout ValueRepairs
    ) throws(XLSXError) -> SheetPlan {
        let frame = table.frame
        guard frame.columnCount > 0 else { throw .noColumns(table: table.name) }
        guard frame.columnCount <= SheetLayout.maxColumns else {
            throw .tooManyColumns(table: table.name, columns: frame.columnCount, limit: SheetLayout.maxColumns)
        }
        guard frame.rowCount <= SheetLayout.maxTableRows else {
            throw .tooManyRows(table: table.name, rows: frame.rowCount, limit: SheetLayout.maxTableRows)
        }
        let headers = TableHeaders.resolve(
            frame.columns.map(table.header(of:)), fallbacks: frame.columnNames, columnWord: labels.column)
        var columns = zip(frame.columns, headers).map { column, header in
            ColumnPlan(
                column: column, format: table.format(of: column), header: header, text: &text,
                repairs: &repairs)
        }
        for (index, column) in frame.columns.enumerated() {
            guard let hidden = table.suppressedCells[column.name], hidden.contains(true) else { continue }
            // A suppressed cell prints its marker, so that a reader tells it from a missing value.
            let cells = columns[index].cells
            columns[index].cells = .mixed(hidden.indices.map { hidden[$0] ? .text(CellSuppression.marker) : cells[$0] })
        }
        if frame.rowCount == 0 {
            // An Excel table needs a data row: say there is no data in the first cell.
            for index in columns.indices { columns[index].cells = .mixed([.blank]) }
            columns[0].cells = .mixed([.text(labels.noData)])
            columns[0].width = max(columns[0].width, ColumnWidth.fitting(header: 0, content: labels.noData.count))
        }
        let chart = try ChartPlan(table, hasData: frame.rowCount > 0)
        let identifier = table.name.isEmpty ? "table_\(number)" : table.name
        return SheetPlan(
            name: sheetNames.claim(table.sheetName, fallback: "\(labels.table) \(number)"),
            title: text.clean(table.title), description: text.clean(table.description),
            body: .table(TablePlan(name: tableNames.claim(from: identifier), columns: columns), chart: chart))
    }
}
