import Foundation
import FrameIO

extension DescribeOutput {
    /// The profile of a workbook's sheet for people: the sheet and header row read, then one line
    /// per column, as for a CSV file.
    static func text(path: String, workbook result: XLSXReadResult, _ profiles: [ColumnProfile]) -> String {
        let lines = text(path: path, rows: result.frame.rowCount, profiles).split(separator: "\n", omittingEmptySubsequences: false)
        let reading = ["sheet: '\(result.sheet)'", "header: row \(result.headerRow)"]
        // The CSV choices (encoding, delimiter, …) follow the first line; a workbook has none.
        return ([lines[0]] + reading.map { Substring($0) } + lines.dropFirst(1 + choices(CSVFileFormat()).count))
            .joined(separator: "\n")
    }

    /// The profile of a workbook's sheet for scripts: as for a CSV file, with `reading` holding
    /// the sheet and header row.
    static func json(path: String, workbook result: XLSXReadResult, _ profiles: [ColumnProfile]) -> String {
        let csvShaped = json(path: path, rows: result.frame.rowCount, profiles)
        guard var object = try? JSONSerialization.jsonObject(with: Data(csvShaped.utf8)) as? [String: Any] else {
            return csvShaped
        }
        object["reading"] = ["sheet": result.sheet, "header_row": result.headerRow]
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
