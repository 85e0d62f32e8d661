/// A row of a sheet that holds at least one value: its number and its non-empty cells, in
/// column order.
struct XLSXSheetRow {
    /// The row number, from 1, as the sheet numbers it.
    var number: Int
    /// The cells with a value, by column number (from 1), in increasing column order.
    var cells: [(column: Int, value: XLSXCellValue)]

    /// The value in `column`, if that cell is not empty.
    func value(inColumn column: Int) -> XLSXCellValue? {
        var low = 0
        var high = cells.count
        while low < high {
            let middle = (low + high) / 2
            if cells[middle].column < column { low = middle + 1 } else { high = middle }
        }
        return low < cells.count && cells[low].column == column ? cells[low].value : nil
    }
}
