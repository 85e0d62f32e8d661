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

    /// The data rows of `table` below its header row, then either an Excel table over them or,
    /// when the workbook streams its rows, header cells with an autofilter; the header row is frozen.
    private func addTable(_ table: TablePlan, to worksheet: UnsafeMutablePointer<lxw_worksheet>) throws(XLSXError) {
        let headerRow = SheetLayout.bodyRow
        if streamsRows {
            // Streamed rows must be written in ascending order, so the header goes first.
            let headerFormat = format(.header)
            for (index, column) in table.columns.enumerated() {
                try write(.text(column.header), to: worksheet, row: headerRow, column: UInt16(index), format: headerFormat)
            }
        }
        try writeRows(of: table, below: headerRow, to: worksheet)
        for (index, column) in table.columns.enumerated() {
            let columnNumber = UInt16(index)
            try XlsxBuilder.check(
                worksheet_set_column(worksheet, columnNumber, columnNumber, column.width, nil), "worksheet_set_column")
        }
        let lastRow = headerRow + UInt32(table.rowCount)
        let lastColumn = UInt16(table.columns.count - 1)
        if streamsRows {
            try XlsxBuilder.check(worksheet_autofilter(worksheet, headerRow, 0, lastRow, lastColumn), "worksheet_autofilter")
        } else {
            try addExcelTable(table, headerRow: headerRow, lastRow: lastRow, lastColumn: lastColumn, to: worksheet)
        }
        worksheet_freeze_panes(worksheet, headerRow + 1, 0)
    }

    /// Writes the cells row by row, as libxlsxwriter stores (or streams) them; each column's
    /// distinct texts become C strings once, not once per cell.
    private func writeRows(
        of table: TablePlan, below headerRow: UInt32, to worksheet: UnsafeMutablePointer<lxw_worksheet>
    ) throws(XLSXError) {
        let formats = table.columns.map { format($0.style) }
        let dictionaries: [[UnsafeMutablePointer<CChar>?]] = table.columns.map { column in
            guard case .texts(let dictionary, _) = column.cells else { return [] }
            return dictionary.map { $0.isEmpty ? nil : strdup($0) }
        }
        defer { dictionaries.forEach { $0.forEach { free($0) } } }
        for row in 0..<table.rowCount {
            let sheetRow = headerRow + 1 + UInt32(row)
            for (index, column) in table.columns.enumerated() {
                let columnNumber = UInt16(index)
                switch column.cells {
                case .numbers(let values):
                    let value = values[row]
                    if value.isNaN { continue }
                    try XlsxBuilder.check(
                        worksheet_write_number(worksheet, sheetRow, columnNumber, value, formats[index]),
                        "worksheet_write_number")
                case .texts(_, let codes):
                    let code = codes[row]
                    guard code >= 0, let text = dictionaries[index][Int(code)] else { continue }
                    try XlsxBuilder.check(
                        worksheet_write_string(worksheet, sheetRow, columnNumber, text, formats[index]),
                        "worksheet_write_string")
                case .mixed(let cells):
                    try write(cells[row], to: worksheet, row: sheetRow, column: columnNumber, format: formats[index])
                }
            }
        }
    }

    /// An Excel table over the rows already written; headers go through the table API, since
    /// header cells written separately make Excel repair the file.
    private func addExcelTable(
        _ table: TablePlan, headerRow: UInt32, lastRow: UInt32, lastColumn: UInt16,
        to worksheet: UnsafeMutablePointer<lxw_worksheet>
    ) throws(XLSXError) {
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
                    return worksheet_add_table(worksheet, headerRow, 0, lastRow, lastColumn, &options)
                }
            }
        }
        try XlsxBuilder.check(error, "worksheet_add_table")
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
