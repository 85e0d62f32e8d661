import Foundation
import Frame

/// Why a sheet of an .xlsx workbook could not be read.
///
/// The `description` reads `path: 'Sheet'!C7: error: message`, then a line that starts with
/// `hint:` where there is something to do, for example:
///
///     data/efetivo.xlsx: Efetivo!C7: error: found the text 'n/d', expected a whole number
///     hint: add the text to nulls:[…], or read the column as text with types:{Vagas = string}
public enum XLSXReadingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No file exists at the path.
    case fileNotFound(path: String)
    /// The file exists but could not be read (a directory, no permission).
    case unreadableFile(path: String, reason: String)
    /// The file is not an .xlsx workbook: not a zip file, or a zip without a workbook in it.
    case notAWorkbook(path: String, reason: String)
    /// A part of the workbook (such as `xl/worksheets/sheet1.xml`) is damaged or malformed.
    case damagedPart(path: String, part: String, reason: String)
    /// No sheet has the name asked for.
    case unknownSheet(path: String, name: String, available: [String])
    /// The position asked for is past the last sheet.
    case sheetOutOfRange(path: String, position: Int, available: [String])
    /// The sheet asked for holds a chart or a macro, not cells.
    case notAWorksheet(path: String, sheet: String)
    /// The sheet has no cell with a value.
    case emptySheet(path: String, sheet: String)
    /// The header row asked for holds no value, or lies below the last row with values.
    case emptyHeaderRow(path: String, sheet: String, row: Int, lastRow: Int)
    /// A cell whose stored value is malformed (a shared string that does not exist, a number
    /// that does not parse, a date before 1900).
    case badCell(path: String, sheet: String, cell: String, found: String, expected: String)
    /// A cell that does not hold a value of the type requested for its column.
    case cellDoesNotFit(path: String, sheet: String, cell: String, column: String, found: String, expected: DataType)
    /// The options name a column (to select or to type) that the sheet's header lacks.
    case unknownColumn(path: String, sheet: String, name: String, available: [String])

    /// `'Efetivo Completo'!C7`, or `Efetivo!C7` when the name needs no quotes, as Excel writes
    /// references to other sheets; the sheet alone when there is no cell.
    static func place(sheet: String, cell: String?) -> String {
        let plain = sheet.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
        let name = plain && !sheet.isEmpty ? sheet : "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'"
        return cell.map { name + "!" + $0 } ?? name
    }

    /// `path: 'Sheet'!C7: error: message`, then a `hint:` line where there is something to do.
    public var description: String {
        switch self {
        case .fileNotFound(let path):
            return "\(path): error: no such file"
        case .unreadableFile(let path, let reason):
            return "\(path): error: cannot read the file: \(reason)"
        case .notAWorkbook(let path, let reason):
            return "\(path): error: not an .xlsx workbook: \(reason)\n"
                + "hint: save it from the spreadsheet program as 'Excel Workbook (.xlsx)'; .xls and .ods files are not read"
        case .damagedPart(let path, let part, let reason):
            return "\(path): error: the workbook is damaged: part \(part): \(reason)\n"
                + "hint: open and save the file again in the spreadsheet program"
        case .unknownSheet(let path, let name, let available):
            let suggestion = NameSuggestion.closest(to: name, among: available).map { " Did you mean '\($0)'?" } ?? ""
            return "\(path): error: no sheet is named '\(name)'.\(suggestion)\n"
                + "hint: the sheets are \(Self.list(available)); sheet:\"Name\" or sheet:2 picks one"
        case .sheetOutOfRange(let path, let position, let available):
            return "\(path): error: there is no sheet \(position); the workbook has \(available.count): \(Self.list(available))"
        case .notAWorksheet(let path, let sheet):
            return "\(path): \(Self.place(sheet: sheet, cell: nil)): error: the sheet holds a chart or macros, not cells"
        case .emptySheet(let path, let sheet):
            return "\(path): \(Self.place(sheet: sheet, cell: nil)): error: the sheet has no cell with a value"
        case .emptyHeaderRow(let path, let sheet, let row, let lastRow):
            let why = row > lastRow ? "the last row with values is \(lastRow)" : "it holds no value"
            return "\(path): \(Self.place(sheet: sheet, cell: nil)): error: row \(row) cannot be the header: \(why)"
        case .badCell(let path, let sheet, let cell, let found, let expected):
            return "\(path): \(Self.place(sheet: sheet, cell: cell)): error: found \(found), expected \(expected)\n"
                + "hint: the workbook is damaged or was written by a program that breaks the .xlsx format; save it again from Excel or LibreOffice"
        case .cellDoesNotFit(let path, let sheet, let cell, let column, let found, let expected):
            return "\(path): \(Self.place(sheet: sheet, cell: cell)): error: found \(found) in column '\(column)', "
                + "expected \(Self.describe(expected))\n"
                + "hint: correct the cell, list its text in nulls:[…], or read the column as text with types:{\(column) = string}"
        case .unknownColumn(let path, let sheet, let name, let available):
            let suggestion = NameSuggestion.closest(to: name, among: available).map { " Did you mean '\($0)'?" } ?? ""
            return "\(path): \(Self.place(sheet: sheet, cell: nil)): error: no column is named '\(name)'.\(suggestion)\n"
                + "hint: the columns are \(Self.list(available))"
        }
    }

    private static func list(_ names: [String]) -> String {
        names.map { "'\($0)'" }.joined(separator: ", ")
    }

    private static func describe(_ type: DataType) -> String {
        switch type {
        case .int64: "a whole number"
        case .double: "a number"
        case .bool: "a boolean (TRUE or FALSE)"
        case .date: "a date"
        case .string: "text"
        }
    }
}
