import Foundation
import Report
import Testing

@testable import XLSXExport

/// Writes the fixture report as if it were over the streaming limit and reads it back.
private func streamedFixture(language: ReportLanguage = .english) throws -> XLSXArchive {
    let plan = try WorkbookPlan(ReportFixtures.report(language: language), streamingCells: 10)
    return try withTemporaryDirectory { directory in
        let path = directory + "/streamed.xlsx"
        try CLocale.run { () throws(XLSXError) in try XlsxBuilder.write(plan, to: path) }
        return try XLSXArchive(path: path)
    }
}

@Suite("Workbooks over the streaming limit")
struct StreamedWorkbookTests {
    @Test func onlyWorkbooksOverTheLimitStream() throws {
        let report = try ReportFixtures.report()
        #expect(try WorkbookPlan(report).streamsRows == false)
        #expect(try WorkbookPlan(report, streamingCells: 10).streamsRows == true)
    }

    @Test func rangesWithAutofiltersReplaceTables() throws {
        let archive = try streamedFixture()
        #expect(archive.parts.keys.filter { $0.hasPrefix("xl/tables/") }.isEmpty)
        let ranking = try #require(archive.part("xl/worksheets/sheet4.xml"))
        #expect(ranking.contains(#"<autoFilter ref="A4:H7"/>"#))
        #expect(ranking.contains(#"<pane ySplit="4" topLeftCell="A5" activePane="bottomLeft" state="frozen"/>"#))
    }

    @Test func headersAndValuesAreTheTableModes() throws {
        let streamed = try streamedFixture()
        let tabled = try writtenArchive(of: ReportFixtures.report())
        let header = try #require(streamed.cellElement("B4", sheet: 4))
        #expect(header.contains("<t>Compliance rate</t>"))
        let facility = try #require(streamed.cellElement("A5", sheet: 4))
        #expect(facility.contains(#"t="inlineStr""#) && facility.contains("<t>HMP Alpha</t>"))
        #expect(try #require(streamed.cellElement("G6", sheet: 4)).contains("<t>1850-01-01</t>"))
        for cell in ["B5", "C5", "D5", "E5", "F5", "G5", "B7"] {
            #expect(streamed.value(cell, sheet: 4) == tabled.value(cell, sheet: 4), "cell \(cell)")
        }
        #expect(streamed.cellElement("B6", sheet: 4) == nil)
    }

    @Test func notesSayWhyAndHowMuch() throws {
        let notes = try #require(try streamedFixture(language: .spanish).part("xl/worksheets/sheet3.xml"))
        #expect(notes.contains("Rangos en lugar de tablas de Excel"))
        #expect(notes.contains("más de 10,"))
    }
}
