import CMinizip
import Foundation
import Report
import XLSXExport

/// The parts of a written .xlsx file, read back into memory for assertions.
struct XLSXArchive {
    /// The text of every part, by its path inside the zip (such as `xl/workbook.xml`).
    let parts: [String: String]

    /// Reads every part of the file at `path`.
    init(path: String) throws {
        guard let zip = unzOpen64(path) else { throw ArchiveError.unreadable(path) }
        defer { unzClose(zip) }
        var parts: [String: String] = [:]
        var status = unzGoToFirstFile(zip)
        while status == UNZ_OK {
            var info = unz_file_info64()
            var name = [CChar](repeating: 0, count: 512)
            guard unzGetCurrentFileInfo64(zip, &info, &name, UInt(name.count), nil, 0, nil, 0) == UNZ_OK,
                unzOpenCurrentFile(zip) == UNZ_OK
            else { throw ArchiveError.unreadable(path) }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while case let read = unzReadCurrentFile(zip, &buffer, UInt32(buffer.count)), read > 0 {
                bytes += buffer[0..<Int(read)]
            }
            unzCloseCurrentFile(zip)
            parts[String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)] =
                String(decoding: bytes, as: UTF8.self)
            status = unzGoToNextFile(zip)
        }
        self.parts = parts
    }

    /// The text of the part at `name`, or `nil` when it is absent.
    func part(_ name: String) -> String? { parts[name] }

    /// The shared strings, in index order, with XML escapes undone.
    func sharedStrings() -> [String] {
        guard let xml = part("xl/sharedStrings.xml") else { return [] }
        return xml.matches(of: /<si><t[^>]*>(.*?)<\/t><\/si>/.dotMatchesNewlines()).map { match in
            String(match.1)
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    /// The raw `<c>` element of `cell` (such as `B6`) on worksheet number `sheet`, if written.
    func cellElement(_ cell: String, sheet: Int) -> String? {
        guard let xml = part("xl/worksheets/sheet\(sheet).xml") else { return nil }
        let pattern = try! Regex("<c r=\"\(cell)\"[^>]*?(/>|>.*?</c>)")
        return xml.firstMatch(of: pattern).map { String(xml[$0.range]) }
    }

    /// The stored value of `cell`: a number as written, or the text of a shared string.
    func value(_ cell: String, sheet: Int) -> String? {
        guard let element = cellElement(cell, sheet: sheet),
            let raw = element.firstMatch(of: /<v>(.*?)<\/v>/).map({ String($0.1) })
        else { return nil }
        guard element.contains("t=\"s\""), let index = Int(raw) else { return raw }
        let strings = sharedStrings()
        return index < strings.count ? strings[index] : nil
    }
}

enum ArchiveError: Error {
    case unreadable(String)
}

/// Runs `body` with a fresh, empty directory, removed afterwards with everything in it.
func withTemporaryDirectory<Result>(_ body: (String) throws -> Result) throws -> Result {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url.path)
}

/// Writes `report` into a temporary directory and reads the workbook back.
func writtenArchive(of report: Report) throws -> XLSXArchive {
    try withTemporaryDirectory { directory in
        let path = directory + "/report.xlsx"
        try WorkbookWriter.write(report, to: path)
        return try XLSXArchive(path: path)
    }
}
