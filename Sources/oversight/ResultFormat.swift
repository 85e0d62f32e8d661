import Foundation
import Frame
import FrameIO

/// How `query` prints its result.
enum ResultFormat: String {
    /// An aligned table for people.
    case table
    /// RFC 4180 CSV with a header row, values as written (no formula escaping).
    case csv
    /// A JSON array of objects, keys in column order; dates as ISO text, nulls as null.
    case json

    func render(_ frame: DataFrame) -> String {
        switch self {
        case .table:
            let table = frame.formatted(maximumRows: Int.max, maximumCellWidth: 60)
            return table.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) }.joined(separator: "\n")
        case .csv:
            return CSVWriter.string(frame, options: CSVWritingOptions(escapesFormulas: false))
        case .json:
            let rows = (0..<frame.rowCount).map { row in
                "  {" + frame.columns.map { "\(ResultFormat.json(.string($0.name))): \(ResultFormat.json($0[row]))" }
                    .joined(separator: ", ") + "}"
            }
            return rows.isEmpty ? "[]" : "[\n" + rows.joined(separator: ",\n") + "\n]"
        }
    }

    private static func json(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .int(let v): return String(v)
        case .double(let v): return formatDouble(v)
        case .bool(let v): return v ? "true" : "false"
        case .date(let d): return "\"\(d)\""
        case .string(let s):
            var text = "\""
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": text += "\\\""
                case "\\": text += "\\\\"
                case "\n": text += "\\n"
                case "\r": text += "\\r"
                case "\t": text += "\\t"
                case _ where scalar.value < 0x20: text += String(format: "\\u%04x", scalar.value)
                default: text.unicodeScalars.append(scalar)
                }
            }
            return text + "\""
        }
    }
}
