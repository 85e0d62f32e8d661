import CMinizip
import Foundation

/// Reads the XML parts of a written .xlsx file back, for assertions.
struct XLSXArchive {
    let path: String

    /// The text of the part at `name` (such as `xl/workbook.xml`), or `nil` when it is absent.
    func part(_ name: String) -> String? {
        guard let zip = unzOpen64(path) else { return nil }
        defer { unzClose(zip) }
        guard unzLocateFile(zip, name, 1) == UNZ_OK, unzOpenCurrentFile(zip) == UNZ_OK else { return nil }
        defer { unzCloseCurrentFile(zip) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let read = unzReadCurrentFile(zip, &buffer, UInt32(buffer.count))
            if read <= 0 { break }
            bytes += buffer[0..<Int(read)]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

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

/// A fresh, empty directory for one test's files.
func makeTemporaryDirectory() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
}
