/// Where the table sits on a sheet: its header row, its columns and names, its body rows.
///
/// Sheets often open with a title, a date or notes above the header. Unless the caller names
/// the header row, it is the first row with at least as many filled cells as the most common
/// count among the sheet's rows (the body's width; on a tie the larger count). The rows above
/// it are skipped, with a warning that lists them. The columns run from the leftmost to the
/// rightmost filled cell of the header and body; empty header cells get a name made from the
/// column's letters (`column_E`), repeated names a suffix (`Total_2`), and names lose the
/// spaces around them; each repair is a warning. Rows without values are left out.
struct XLSXTable {
    /// The header's row number.
    var headerRow: Int
    /// The sheet's column numbers, left to right.
    var columns: [Int]
    /// The column names, one per column.
    var names: [String]
    /// The rows below the header that hold a value.
    var body: [XLSXSheetRow]
    var warnings: [XLSXWarning] = []

    init(rows: [XLSXSheetRow], headerRow requested: Int?, path: String, sheet: String) throws(XLSXReadingError) {
        guard let lastRow = rows.last?.number else { throw .emptySheet(path: path, sheet: sheet) }
        let warn = { (cell: String?, message: String) in XLSXWarning(path: path, sheet: sheet, cell: cell, message: message) }
        let headerIndex: Int
        if let requested {
            guard let index = rows.firstIndex(where: { $0.number == requested }) else {
                throw .emptyHeaderRow(path: path, sheet: sheet, row: requested, lastRow: lastRow)
            }
            headerIndex = index
        } else {
            let width = Self.bodyWidth(rows)
            headerIndex = rows.firstIndex { $0.cells.count >= width } ?? 0
        }
        headerRow = rows[headerIndex].number
        body = Array(rows[(headerIndex + 1)...])
        if headerIndex > 0 {
            let skipped = rows[..<headerIndex].map { "\($0.number) ('\(Self.preview($0))')" }
            let how = requested == nil
                ? " (the first row with as many filled cells as the table's rows; header_row:N chooses another)" : ""
            warnings.append(warn(nil, "the header is row \(headerRow)\(how); skipped the rows above it: "
                + Self.listed(skipped)))
        }
        let emptyRows = Self.gaps(after: headerRow, in: body)
        if emptyRows.count > 0 {
            let more = emptyRows.count > emptyRows.first.count ? " and \(emptyRows.count - emptyRows.first.count) more" : ""
            warnings.append(warn(nil, "skipped \(emptyRows.count) empty row\(emptyRows.count == 1 ? "" : "s") below the header: "
                + emptyRows.first.map(String.init).joined(separator: ", ") + more))
        }

        let header = rows[headerIndex]
        let first = ([header] + body).map { $0.cells.first!.column }.min()!
        let last = ([header] + body).map { $0.cells.last!.column }.max()!
        columns = Array(first...last)
        var raw = columns.map { column in header.value(inColumn: column)?.text ?? "" }
        let trimmed = raw.filter { $0 != $0.withoutSurroundingWhitespace && !$0.withoutSurroundingWhitespace.isEmpty }
        if !trimmed.isEmpty {
            warnings.append(warn(nil, "removed the spaces around \(trimmed.count) header name\(trimmed.count == 1 ? "" : "s"): "
                + Self.listed(trimmed.map { "'\($0)'" })))
        }
        raw = raw.map(\.withoutSurroundingWhitespace)
        names = []
        var used: Set<String> = []
        var taken = Set(raw.filter { !$0.isEmpty })
        for (index, column) in columns.enumerated() {
            let cell = XLSXCellReference(column: column, row: headerRow).description
            var name = raw[index]
            if name.isEmpty {
                name = Self.free("column_" + XLSXCellReference.letters(ofColumn: column), taken: taken, used: used)
                warnings.append(warn(cell, "the header cell is empty; named the column '\(name)'"))
            } else if used.contains(name) {
                let original = name
                name = Self.free(name, taken: taken, used: used)
                warnings.append(warn(cell, "the header '\(original)' is repeated; named this column '\(name)'"))
            }
            taken.insert(name)
            used.insert(name)
            names.append(name)
        }
    }

    // The most common count of filled cells per row; on a tie, the larger.
    private static func bodyWidth(_ rows: [XLSXSheetRow]) -> Int {
        var tally: [Int: Int] = [:]
        for row in rows { tally[row.cells.count, default: 0] += 1 }
        return tally.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? 1
    }

    private static func preview(_ row: XLSXSheetRow) -> String {
        let text = row.cells.map(\.value.text).joined(separator: " | ")
        return text.count > 50 ? text.prefix(47) + "…" : text
    }

    // How many row numbers between `start` and the last of `rows` no row has, and the first five.
    private static func gaps(after start: Int, in rows: [XLSXSheetRow]) -> (count: Int, first: [Int]) {
        var count = 0
        var first: [Int] = []
        var expected = start + 1
        for row in rows {
            count += row.number - expected
            first += (expected..<row.number).prefix(5 - first.count)
            expected = row.number + 1
        }
        return (count, first)
    }

    private static func listed(_ items: [String]) -> String {
        items.count <= 6 ? items.joined(separator: ", ") : items.prefix(5).joined(separator: ", ") + " and \(items.count - 5) more"
    }

    // `base` itself when nobody has it, else `base_2`, `base_3`, ….
    private static func free(_ base: String, taken: Set<String>, used: Set<String>) -> String {
        if !taken.contains(base) && !used.contains(base) { return base }
        var suffix = 2
        while taken.contains("\(base)_\(suffix)") || used.contains("\(base)_\(suffix)") { suffix += 1 }
        return "\(base)_\(suffix)"
    }
}

extension String {
    /// The text without spaces, tabs and line breaks at either end.
    fileprivate var withoutSurroundingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
