/// One worksheet, validated and ready to write: tab name, title, description and body.
struct SheetPlan {
    /// The tab name, valid and unique in the workbook.
    var name: String
    /// The text of A1.
    var title: String
    /// The text of A2 (omitted when empty).
    var description: String
    var body: SheetBody

    /// The data cells of the sheet's table (none for the cover).
    var cellCount: Int {
        guard case .table(let table, _) = body else { return 0 }
        return table.rowCount * table.columns.count
    }

    /// The sheet's line in the contents: tab name, title and description.
    var entry: ContentsEntry { (name, title, description) }
}

/// One line of the contents sheet.
typealias ContentsEntry = (name: String, title: String, description: String)

/// What a worksheet holds below its title and description.
enum SheetBody {
    /// Label/value rows (the cover); no merged cells, a wide wrapped value column.
    case keyValues([KeyValueRow])
    /// One Excel table, and optionally a chart of it to its right.
    case table(TablePlan, chart: ChartPlan?)
}

/// One row of the cover: a bold label in column A and its value in column B.
struct KeyValueRow {
    var label: String
    var value: CellValue
    var style: CellStyle
}

/// An Excel table, ready to write: its name and columns, all with the same number of cells.
struct TablePlan {
    /// The table name, valid and unique in the workbook.
    var name: String
    var columns: [ColumnPlan]

    /// The number of data rows (at least one, as Excel requires).
    var rowCount: Int { columns.first?.cells.count ?? 0 }
}

/// Where every sheet's parts go. Rows and columns are 0-based, as libxlsxwriter counts them.
enum SheetLayout {
    static let titleRow: UInt32 = 0
    static let descriptionRow: UInt32 = 1
    /// The first row below the blank spacer: a table's header row or the cover's first row.
    static let bodyRow: UInt32 = 3
    /// The rows and columns of a worksheet.
    static let maxRows = 1_048_576
    static let maxColumns = 16_384
    /// The most data rows a table can have below the title, description, spacer and header.
    static let maxTableRows = maxRows - Int(bodyRow) - 1
}
