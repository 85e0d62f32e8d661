import CXlsxWriter

extension XlsxBuilder {
    /// Adds one worksheet: title in A1, description in A2, then its body from row 4.
    func add(_ sheet: SheetPlan) throws(XLSXError) {
        guard let worksheet = workbook_add_worksheet(handle, sheet.name) else {
            throw .library(operation: "workbook_add_worksheet", message: "the sheet name '\(sheet.name)' was refused")
        }
        try write(.text(sheet.title), to: worksheet, row: SheetLayout.titleRow, column: 0, format: titleFormat)
        try write(.text(sheet.description), to: worksheet, row: SheetLayout.descriptionRow, column: 0, format: nil)
        switch sheet.body {
        case .keyValues(let rows):
            try addKeyValues(rows, to: worksheet)
        case .table(let table, let chart):
            try addTable(table, to: worksheet)
            if let chart { try addChart(chart, of: table, onSheet: sheet.name, to: worksheet) }
        }
    }

    /// Label/value rows in columns A and B, with B wide and wrapped instead of merged cells.
    private func addKeyValues(_ rows: [KeyValueRow], to worksheet: UnsafeMutablePointer<lxw_worksheet>) throws(XLSXError) {
        let labelFormat = format(.label)
        for (offset, row) in rows.enumerated() {
            let rowNumber = SheetLayout.bodyRow + UInt32(offset)
            try write(.text(row.label), to: worksheet, row: rowNumber, column: 0, format: labelFormat)
            try write(row.value, to: worksheet, row: rowNumber, column: 1, format: format(row.style))
        }
        let labelWidth = ColumnWidth.fitting(header: 0, content: rows.map(\.label.count).max() ?? 0)
        try XlsxBuilder.check(worksheet_set_column(worksheet, 0, 0, labelWidth, nil), "worksheet_set_column")
        try XlsxBuilder.check(worksheet_set_column(worksheet, 1, 1, 80, format(.wrapped)), "worksheet_set_column")
    }

    /// An Excel table whose header row is frozen; headers go through the table API, since
    /// header cells written separately make Excel repair the file.
    private func addTable(_ table: TablePlan, to worksheet: UnsafeMutablePointer<lxw_worksheet>) throws(XLSXError) {
        let headerRow = SheetLayout.bodyRow
        for (index, column) in table.columns.enumerated() {
            let columnNumber = UInt16(index)
            let cellFormat = format(column.style)
            for (offset, cell) in column.cells.enumerated() {
                try write(cell, to: worksheet, row: headerRow + 1 + UInt32(offset), column: columnNumber, format: cellFormat)
            }
            try XlsxBuilder.check(
                worksheet_set_column(worksheet, columnNumber, columnNumber, column.width, nil), "worksheet_set_column")
        }
        let count = table.columns.count
        var tableColumns = [lxw_table_column](repeating: lxw_table_column(), count: count)
        let error = withCStrings(table.columns.map(\.header) + [table.name]) { texts in
            for index in 0..<count { tableColumns[index].header = texts[index] }
            return tableColumns.withUnsafeMutableBufferPointer { columns in
                var list = (0..<count).map { Optional(columns.baseAddress! + $0) } + [nil]
                return list.withUnsafeMutableBufferPointer { list in
                    var options = lxw_table_options()
                    options.name = texts[count]
                    options.style_type = UInt8(LXW_TABLE_STYLE_TYPE_MEDIUM.rawValue)
                    options.style_type_number = 2
                    options.columns = list.baseAddress
                    return worksheet_add_table(
                        worksheet, headerRow, 0, headerRow + UInt32(table.rowCount), UInt16(count - 1), &options)
                }
            }
        }
        try XlsxBuilder.check(error, "worksheet_add_table")
        worksheet_freeze_panes(worksheet, headerRow + 1, 0)
    }

    /// Writes one cell; a blank cell is not written at all.
    func write(
        _ cell: CellValue, to worksheet: UnsafeMutablePointer<lxw_worksheet>, row: UInt32, column: UInt16,
        format: UnsafeMutablePointer<lxw_format>?
    ) throws(XLSXError) {
        switch cell {
        case .blank:
            return
        case .number(let value):
            try XlsxBuilder.check(worksheet_write_number(worksheet, row, column, value, format), "worksheet_write_number")
        case .text(let text):
            guard !text.isEmpty else { return }
            try XlsxBuilder.check(worksheet_write_string(worksheet, row, column, text, format), "worksheet_write_string")
        case .boolean(let value):
            try XlsxBuilder.check(
                worksheet_write_boolean(worksheet, row, column, value ? 1 : 0, format), "worksheet_write_boolean")
        case .sheetLink(let sheet):
            // Inside a quoted sheet reference an apostrophe is written twice.
            let quoted = sheet.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''")
            try XlsxBuilder.check(
                worksheet_write_url_opt(worksheet, row, column, "internal:'\(quoted)'!A1", nil, sheet, nil),
                "worksheet_write_url_opt")
        }
    }
}
