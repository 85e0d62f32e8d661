import Foundation
import Frame
import FrameIO
import TestSupport
import Testing

/// Helpers for the .xlsx reader tests: the committed workbooks, their expected values, and
/// workbooks written on the spot.
enum XLSXFixtures {
    /// The folder of committed test workbooks and `expected.json`.
    static let folder = Fixtures.packageRoot.appendingPathComponent("Tests/FrameIOTests/Workbooks")

    /// The path of a committed test workbook.
    static func workbook(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// One table of `expected.json`, as openpyxl read it (see `make_workbooks.py`).
    struct Table: Decodable, CustomTestStringConvertible {
        struct Column: Decodable {
            var name: String
            var letter: String
            var type: String
            var values: [Cell]
        }
        var workbook: String
        var sheet: String
        var header_row: Int
        var rows: Int
        var columns: [Column]
        var testDescription: String { "\(workbook) \(sheet)" }
    }

    /// A JSON value of a column: null, a boolean, a number or a text.
    enum Cell: Decodable, Equatable {
        case null
        case bool(Bool)
        case number(Double)
        case text(String)

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let flag = try? container.decode(Bool.self) {
                self = .bool(flag)
            } else if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else {
                self = .text(try container.decode(String.self))
            }
        }
    }

    /// What openpyxl and pandas say about the real bulletin.
    struct Real: Decodable {
        var body_rows: Int
        var unit_rows: Int
        var capacity_of_units: Int
        var first_unit: String
        var last_unit: String
    }

    private struct Expected: Decodable {
        var tables: [Table]
        var real: Real?
    }

    private static let expected: Expected = {
        let data = try! Data(contentsOf: folder.appendingPathComponent("expected.json"))
        return try! JSONDecoder().decode(Expected.self, from: data)
    }()

    /// The tables of `expected.json`.
    static var tables: [Table] { expected.tables }

    /// The expected figures of the real bulletin, when the data folder had it.
    static var real: Real? { expected.real }

    /// The cells of `column` as the JSON fixture writes them.
    static func cells(_ column: AnyColumn) -> [Cell] {
        (0..<column.count).map { row in
            switch column[row] {
            case .null: .null
            case .int(let value): .number(Double(value))
            case .double(let value): .number(value)
            case .bool(let value): .bool(value)
            case .date(let day): .text(day.description)
            case .string(let text): .text(text)
            }
        }
    }

    /// Writes a one-sheet workbook with the given `<sheetData>` children into a fresh folder and
    /// returns its path.
    static func write(
        sheetData: String, sharedStrings: [String]? = nil, styles: String? = nil, workbookProperties: String = ""
    ) throws -> String {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("made.xlsx").path
        let parts = MinimalWorkbook.parts(
            sheetData: sheetData, sharedStrings: sharedStrings, styles: styles, workbookProperties: workbookProperties)
        guard ZipBuilder.write(texts: parts, to: path) else { throw CocoaError(.fileWriteUnknown) }
        return path
    }

    /// The error reading `path` throws, or `nil` when it reads.
    static func error(_ path: String, options: XLSXReadingOptions = XLSXReadingOptions()) -> XLSXReadingError? {
        do {
            _ = try XLSXReader.read(path: path, options: options)
            return nil
        } catch {
            return error
        }
    }
}
