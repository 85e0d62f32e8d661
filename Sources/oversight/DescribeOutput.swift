import Foundation
import Frame
import FrameIO

/// Renders column profiles for `describe`.
enum DescribeOutput {
    static func text(
        path: String, rows: Int, _ profiles: [ColumnProfile], format: CSVFileFormat = CSVFileFormat(),
        columnFormats: [CSVColumnFormat] = []
    ) -> String {
        let readAs = readingNotes(profiles, columnFormats)
        var table: [[String]] = [["column", "type", "nulls", "distinct", "min", "max", "example", "read as"]]
        for (p, note) in zip(profiles, readAs) {
            table.append([p.name, p.type.description, String(p.nullCount), String(p.distinctCount),
                          show(p.minimum), show(p.maximum), show(p.example), note])
        }
        let widths = (0..<8).map { c in table.map { $0[c].count }.max() ?? 0 }
        let lines = table.map { row in
            zip(row, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }
                .joined(separator: "  ").replacingOccurrences(of: " +$", with: "", options: .regularExpression)
        }
        return "\(path): \(rows) rows, \(profiles.count) columns\n" + choices(format).map { $0 + "\n" }.joined()
            + lines.joined(separator: "\n")
    }

    static func json(
        path: String, rows: Int, _ profiles: [ColumnProfile], format: CSVFileFormat = CSVFileFormat(),
        columnFormats: [CSVColumnFormat] = []
    ) -> String {
        let columns: [[String: Any]] = zip(profiles, readingNotes(profiles, columnFormats)).map { p, note in
            ["name": p.name, "type": p.type.description, "null_count": p.nullCount,
             "distinct_count": p.distinctCount, "min": json(p.minimum), "max": json(p.maximum), "example": json(p.example),
             "read_as": note]
        }
        var reading: [String: Any] = [
            "encoding": format.encoding.rawValue, "encoding_detected": format.encodingDetected,
            "byte_order_mark": format.hasByteOrderMark, "delimiter": String(format.delimiter),
            "delimiter_detected": format.delimiterDetected, "header_line": format.headerLine.map { $0 as Any } ?? NSNull(),
            "skipped_lines": format.skippedLines, "skip_detected": format.skipDetected,
        ]
        if let side = format.badRowsPath {
            reading["bad_rows"] = ["path": side, "count": format.badRowCount]
        }
        let object: [String: Any] = ["path": path, "rows": rows, "reading": reading, "columns": columns]
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// Per column, how its text was read (`mm/dd/yyyy`, `decimal ','`…), or empty when plainly.
    private static func readingNotes(_ profiles: [ColumnProfile], _ formats: [CSVColumnFormat]) -> [String] {
        profiles.map { profile in
            guard let format = formats.first(where: { $0.name == profile.name }) else { return "" }
            let line = format.description
            guard let colon = line.firstIndex(of: ":") else { return "" }
            return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
    }

    /// One line per choice the reader made before parsing, each saying whether it was found or given.
    static func choices(_ format: CSVFileFormat) -> [String] {
        func how(_ detected: Bool) -> String { detected ? "found" : "given" }
        let delimiter = format.delimiter == "\t" ? "tab" : "'\(format.delimiter)'"
        var lines = [
            "encoding: \(format.encoding)\(format.hasByteOrderMark ? " (byte order mark)" : "") (\(how(format.encodingDetected)))",
            "delimiter: \(delimiter) (\(how(format.delimiterDetected)))",
            "header: " + (format.headerLine.map { "line \($0)" } ?? "none"),
            "skipped lines: \(format.skippedLines) (\(how(format.skipDetected)))",
        ]
        if let side = format.badRowsPath { lines.append("bad rows: \(format.badRowCount), written to \(side)") }
        return lines
    }

    private static func show(_ value: Value?) -> String {
        guard let value, value != .null else { return "" }
        let text = value.description
        return text.count > 40 ? String(text.prefix(39)) + "…" : text
    }

    private static func json(_ value: Value?) -> Any {
        switch value {
        case .int(let v): v
        case .double(let v): v.isFinite ? v : NSNull()
        case .bool(let v): v
        case .date(let d): d.description
        case .string(let s): s
        case .null, nil: NSNull()
        }
    }
}
