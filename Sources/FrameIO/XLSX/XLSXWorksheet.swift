import Frame

/// Reads the cells of a worksheet part (`xl/worksheets/sheetN.xml`).
///
/// Cells are typed as the workbook stored them: shared strings (`t="s"`), inline strings
/// (`inlineStr`), formula text (`str`), booleans (`b`), errors (`e`), ISO dates (`d`) and
/// numbers (no `t`, or `n`), which become days when their cell format shows a date. A formula
/// counts by its last computed value. A row or cell without an `r=` reference follows the one
/// before it. Rows and cells without a value are left out.
struct XLSXWorksheet {
    /// The sheet's rows with values, in increasing row order.
    private(set) var rows: [XLSXSheetRow] = []

    /// What the cells need from the rest of the workbook.
    struct Context {
        var path: String
        var sheet: String
        var sharedStrings: [String]
        /// Per cell format, whether it shows a date; `nil` when the workbook has no style sheet.
        var dateFormats: [Bool]?
        var dateSystem: XLSXDateSystem
    }

    /// Reads the cells of the worksheet part `bytes`.
    /// - Throws: `.malformed` for malformed XML; `.cell` with `XLSXReadingError.badCell` for a
    ///   malformed cell.
    init(_ bytes: [UInt8], context: Context) throws(XLSXPartError) {
        var scanner = XMLScanner(bytes: bytes)
        var current: XLSXSheetRow?
        var lastRow = 0
        var lastColumn = 0
        while let event = try scanner.next() {
            guard case .start(let element, let selfClosing) = event else { continue }
            switch element.name {
            case "row":
                if let row = current { try append(row, context: context) }
                let number = try Self.rowNumber(element, after: lastRow, context: context)
                lastRow = number
                lastColumn = 0
                current = XLSXSheetRow(number: number, cells: [])
            case "c":
                guard let row = current?.number else {
                    throw .malformed(offset: 0, expected: "cells inside a <row>")
                }
                let reference = try Self.reference(element, row: row, after: lastColumn, context: context)
                lastColumn = reference.column
                let content = selfClosing ? CellContent() : try CellContent(&scanner)
                if let value = try Self.value(element, content, at: reference, context: context) {
                    current?.cells.append((reference.column, value))
                }
            default:
                break
            }
        }
        if let row = current { try append(row, context: context) }
        if zip(rows, rows.dropFirst()).contains(where: { $0.number >= $1.number }) {
            try mergeOutOfOrderRows(context: context)
        }
    }

    private mutating func append(_ row: XLSXSheetRow, context: Context) throws(XLSXPartError) {
        guard !row.cells.isEmpty else { return }
        var row = row
        if zip(row.cells, row.cells.dropFirst()).contains(where: { $0.column >= $1.column }) {
            row.cells.sort { $0.column < $1.column }
            if let twice = zip(row.cells, row.cells.dropFirst()).first(where: { $0.column == $1.column }) {
                let reference = XLSXCellReference(column: twice.0.column, row: row.number)
                throw .cell(Self.bad(reference, "a second value for the cell", "one value per cell", context))
            }
        }
        rows.append(row)
    }

    // Writers put rows in order; a file that does not still reads, unless two rows claim a cell.
    private mutating func mergeOutOfOrderRows(context: Context) throws(XLSXPartError) {
        let sorted = rows.enumerated().sorted { ($0.element.number, $0.offset) < ($1.element.number, $1.offset) }.map(\.element)
        var merged: [XLSXSheetRow] = []
        for row in sorted {
            guard var last = merged.last, last.number == row.number else {
                merged.append(row)
                continue
            }
            for cell in row.cells {
                if last.value(inColumn: cell.column) != nil {
                    let reference = XLSXCellReference(column: cell.column, row: row.number)
                    throw .cell(Self.bad(reference, "a second value for the cell", "one value per cell", context))
                }
                last.cells.append(cell)
            }
            last.cells.sort { $0.column < $1.column }
            merged[merged.count - 1] = last
        }
        rows = merged
    }

    /// The `<v>` and `<is>` children of a `<c>` element; formulas and extensions are skipped.
    private struct CellContent {
        var stored: String?
        var inline: String?

        init() {}

        init(_ scanner: inout XMLScanner) throws(XLSXPartError) {
            var depth = 1
            while let event = try scanner.next() {
                switch event {
                case .start(let element, let selfClosing):
                    if selfClosing {
                        if element.name == "is" { inline = "" }
                        continue
                    }
                    switch element.name {
                    case "v": stored = try scanner.elementText()
                    case "is": inline = try scanner.richText()
                    default: try scanner.skipElement()
                    }
                case .end:
                    depth -= 1
                    if depth == 0 { return }
                case .text:
                    break
                }
            }
            throw XLSXPartError.malformed(offset: 0, expected: "the end of a <c> element")
        }
    }

    private static func rowNumber(_ element: XMLElement, after last: Int, context: Context) throws(XLSXPartError) -> Int {
        guard let text = element.attribute("r") else { return last + 1 }
        guard let number = Int(text), number >= 1, number <= XLSXCellReference.maxRow else {
            throw .cell(XLSXReadingError.badCell(
                path: context.path, sheet: context.sheet, cell: "row \(last + 1)", found: "the row number '\(text)'",
                expected: "a number from 1 to \(XLSXCellReference.maxRow)"))
        }
        return number
    }

    private static func reference(
        _ element: XMLElement, row: Int, after last: Int, context: Context
    ) throws(XLSXPartError) -> XLSXCellReference {
        guard let text = element.attribute("r") else {
            guard last < XLSXCellReference.maxColumn else {
                throw .cell(bad(XLSXCellReference(column: last, row: row), "a cell after the last column", "at most \(XLSXCellReference.maxColumn) columns", context))
            }
            return XLSXCellReference(column: last + 1, row: row)
        }
        guard let reference = XLSXCellReference(text), reference.row == row else {
            throw .cell(XLSXReadingError.badCell(
                path: context.path, sheet: context.sheet, cell: "row \(row)", found: "a cell with the reference '\(text)'",
                expected: "a reference such as \(XLSXCellReference(column: last + 1, row: row)) on row \(row)"))
        }
        return reference
    }

    private static func value(
        _ element: XMLElement, _ content: CellContent, at reference: XLSXCellReference, context: Context
    ) throws(XLSXPartError) -> XLSXCellValue? {
        let type = element.attribute("t") ?? "n"
        switch type {
        case "s":
            guard let stored = content.stored else { return nil }
            guard let index = Int(stored), context.sharedStrings.indices.contains(index) else {
                throw .cell(bad(reference, "the shared string number '\(stored)'",
                    "one of the \(context.sharedStrings.count) strings of the shared string table", context))
            }
            return text(context.sharedStrings[index])
        case "inlineStr":
            return (content.inline ?? content.stored).flatMap(text)
        case "str":
            return content.stored.flatMap(text)
        case "b":
            switch content.stored {
            case nil: return nil
            case "1", "true": return .bool(true)
            case "0", "false": return .bool(false)
            case let stored?: throw .cell(bad(reference, "the boolean '\(stored)'", "1 or 0", context))
            }
        case "e":
            return content.stored.map { .error($0) }
        case "d":
            guard let stored = content.stored else { return nil }
            guard let day = Day(iso: stored.prefix(10)), stored.count == 10 || stored.dropFirst(10).first == "T" else {
                throw .cell(bad(reference, "the date '\(stored)'", "an ISO 8601 date such as 2020-08-11", context))
            }
            return .date(day)
        case "n":
            guard let stored = content.stored else { return nil }
            guard let number = number(stored) else {
                throw .cell(bad(reference, "the number '\(stored)'", "a decimal number such as 12 or 0.25", context))
            }
            guard try showsDate(element, at: reference, context: context) else { return .number(number) }
            guard let day = context.dateSystem.day(serial: number) else {
                let why = context.dateSystem == .from1900 && Int(number) == 60
                    ? "a day: serial 60 is 29 February 1900, which Excel counts but never was"
                    : "a day from 1900 to 9999 (the cell is formatted as a date)"
                throw .cell(bad(reference, "the date serial number \(stored)", why, context))
            }
            return .date(day)
        default:
            throw .cell(bad(reference, "the cell type t=\"\(type)\"", "one of s, str, inlineStr, n, b, e, d", context))
        }
    }

    private static func showsDate(_ element: XMLElement, at reference: XLSXCellReference, context: Context) throws(XLSXPartError) -> Bool {
        guard let text = element.attribute("s"), let formats = context.dateFormats else { return false }
        guard let style = Int(text), formats.indices.contains(style) else {
            if text == "0" { return false }
            throw .cell(bad(reference, "the cell format number '\(text)'",
                "one of the \(formats.count) cell formats of the style sheet", context))
        }
        return formats[style]
    }

    private static func text(_ text: String) -> XLSXCellValue? {
        text.isEmpty ? nil : .text(text)
    }

    // Digits with an optional sign, point and exponent: `Double.init` alone would also take
    // `nan`, `inf` and hexadecimal.
    private static func number(_ text: String) -> Double? {
        guard !text.isEmpty, text.utf8.allSatisfy({ byte in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "e")
                || byte == UInt8(ascii: "E")
        }) else { return nil }
        return Double(text).flatMap { $0.isFinite ? $0 : nil }
    }

    private static func bad(_ reference: XLSXCellReference, _ found: String, _ expected: String, _ context: Context) -> XLSXReadingError {
        .badCell(path: context.path, sheet: context.sheet, cell: reference.description, found: found, expected: expected)
    }
}
