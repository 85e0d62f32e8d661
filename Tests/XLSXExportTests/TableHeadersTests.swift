import Frame
import Testing

@testable import XLSXExport

@Suite("Table headers")
struct TableHeadersTests {
    @Test func emptyHeadersFallBackToColumnNames() {
        let headers = TableHeaders.resolve(["", "  ", "Rate"], fallbacks: ["facility", "", "rate"], columnWord: "Column")
        #expect(headers == ["facility", "Column 2", "Rate"])
    }

    @Test func repeatedHeadersDifferIgnoringCase() {
        let headers = TableHeaders.resolve(["Rate", "rate", "RATE", "Año", "AÑO"], fallbacks: [], columnWord: "Column")
        #expect(headers == ["Rate", "rate (2)", "RATE (3)", "Año", "AÑO (2)"])
        #expect(Set(headers.map { $0.lowercased() }).count == headers.count)
    }

    @Test func headersLoseLineBreaksAndForbiddenCharacters() {
        let headers = TableHeaders.resolve(["Open\ncases\u{FFFF}", String(repeating: "h", count: 300)], fallbacks: [], columnWord: "Column")
        #expect(headers[0] == "Open cases")
        #expect(headers[1].utf16.count == TableHeaders.maxLength)
    }

    @Test func duplicateHeadersReachTheTableRenamed() throws {
        var table = try ReportFixtures.textTable(name: "t", sheetName: "T", values: ["x"])
        try table.frame.append(.init(name: "other", StringColumn(["y"])))
        table.headers = ["value": "Facility", "other": "FACILITY"]
        let archive = try writtenArchive(of: ReportFixtures.report(tables: [table]))
        let xml = try #require(archive.part("xl/tables/table3.xml"))
        #expect(xml.contains(#"name="Facility""#) && xml.contains(#"name="FACILITY (2)""#))
    }
}
