import CXlsxWriter
import Foundation
import Report
import Testing

@testable import XLSXExport

/// Writes the fixture report and reads its parts back.
private func writtenFixture(language: ReportLanguage = .english) throws -> XLSXArchive {
    try writtenArchive(of: ReportFixtures.report(language: language))
}

@Suite("Workbook layout")
struct WorkbookLayoutTests {
    @Test func libraryIsThePinnedVersion() {
        #expect(lxw_version_id() == 114)
    }

    @Test func sheetsAreCoverContentsNotesThenTables() throws {
        let workbook = try #require(try writtenFixture().part("xl/workbook.xml"))
        let names = workbook.matches(of: /<sheet name="([^"]*)"/).map { String($0.1) }
        #expect(names == ["Cover", "Contents", "Notes", "Ranking", "Trend", "Overdue"])
    }

    @Test func spanishReportUsesSpanishLabels() throws {
        let archive = try writtenFixture(language: .spanish)
        let workbook = try #require(archive.part("xl/workbook.xml"))
        let names = workbook.matches(of: /<sheet name="([^"]*)"/).map { String($0.1) }
        #expect(names.prefix(3) == ["Portada", "Contenido", "Notas"])
        let notes = try #require(archive.part("xl/tables/table2.xml"))
        #expect(notes.contains(#"name="Indicador""#) && notes.contains(#"name="Definición""#))
        #expect(notes.contains(#"name="Fórmula""#))
        #expect(archive.value("A4", sheet: 1) == "Título")
        #expect(archive.value("A1", sheet: 6) == "Overdue recommendations")
        #expect(archive.value("A5", sheet: 6) == "Sin datos")
    }

    @Test func everySheetHasTitleInA1AndDescriptionInA2() throws {
        let archive = try writtenFixture()
        #expect(archive.value("A1", sheet: 1) == "Custody oversight report")
        #expect(archive.value("A1", sheet: 2) == "Contents")
        #expect(archive.value("A1", sheet: 3) == "Notes")
        #expect(archive.value("A1", sheet: 4) == "Compliance by facility")
        #expect(archive.value("A2", sheet: 4) == "Facilities ranked by the share of recommendations met.")
        #expect(archive.value("A3", sheet: 4) == nil)
    }

    @Test func coverHoldsKeyValueRowsWithoutMergedCells() throws {
        let archive = try writtenFixture()
        #expect(archive.value("A4", sheet: 1) == "Title")
        #expect(archive.value("A5", sheet: 1) == "Issued by")
        #expect(archive.value("B5", sheet: 1) == "Inspectorate of Custody")
        #expect(archive.value("A8", sheet: 1) == "Period from")
        #expect(archive.value("B10", sheet: 1) == "45382")  // as of 2024-03-31, a real date
        #expect(archive.value("B11", sheet: 1) == "2024-04-02T09:30:00Z")
        #expect(archive.value("B13", sheet: 1) == "overdue_days = 90")
        let sheet = try #require(archive.part("xl/worksheets/sheet1.xml"))
        #expect(!sheet.contains("mergeCell"))
    }

    @Test func dataTableHeaderIsFrozenBelowTheTitle() throws {
        let sheet = try #require(try writtenFixture().part("xl/worksheets/sheet4.xml"))
        #expect(sheet.contains(#"<pane ySplit="4" topLeftCell="A5" activePane="bottomLeft" state="frozen"/>"#))
    }

    @Test func tablesHaveDerivedNamesAndSuppliedHeaders() throws {
        let archive = try writtenFixture()
        let contents = try #require(archive.part("xl/tables/table1.xml"))
        #expect(contents.contains(#"name="tbl_contents""#))
        #expect(contents.contains(#"<tableColumn id="1" name="Sheet"/>"#))
        let ranking = try #require(archive.part("xl/tables/table3.xml"))
        #expect(ranking.contains(#"name="tbl_ranking""#))
        #expect(ranking.contains(#"ref="A4:H7""#))
        #expect(ranking.contains(#"<tableColumn id="1" name="Facility"/>"#))
        #expect(ranking.contains(#"<tableColumn id="2" name="Compliance rate"/>"#))
        #expect(ranking.contains(#"<tableColumn id="3" name="recommendations"/>"#))
        #expect(archive.value("A4", sheet: 4) == "Facility")
    }

    @Test func numberFormatsFollowColumnFormats() throws {
        let archive = try writtenFixture()
        let styles = try #require(archive.part("xl/styles.xml"))
        #expect(styles.contains(#"formatCode="0.0%""#))
        #expect(styles.contains(#"formatCode="yyyy-mm-dd""#))
        #expect(styles.contains(##"formatCode="#,##0""##))
        #expect(styles.contains(#"formatCode="0.00""#))
        #expect(styles.contains(#"formatCode="0.0""#))
        #expect(archive.value("B5", sheet: 4) == "0.875")
        #expect(archive.value("C5", sheet: 4) == "1234")
        #expect(archive.value("D5", sheet: 4) == "12.34")
        #expect(archive.value("D6", sheet: 4) == "0.29")
        #expect(archive.value("D7", sheet: 4) == "-1.23")
        #expect(try #require(archive.cellElement("H5", sheet: 4)).contains(#"t="b""#))
    }

    @Test func datesAreSerialsOrTextBefore1900() throws {
        let archive = try writtenFixture()
        #expect(archive.value("G5", sheet: 4) == "45382")
        #expect(archive.value("G6", sheet: 4) == "1850-01-01")
        #expect(archive.sharedStrings().contains("Dates before 1 March 1900"))
    }

    @Test func nanIsBlankAndNoted() throws {
        let archive = try writtenFixture()
        #expect(archive.cellElement("B6", sheet: 4) == nil)
        #expect(archive.cellElement("C7", sheet: 4) == nil)  // a null count
        let strings = archive.sharedStrings()
        #expect(strings.contains("Values that are not numbers"))
        #expect(strings.contains { $0.contains("1 value(s) that were not finite numbers") && $0.contains("Ranking (1)") })
    }

    @Test func emptyTableGetsOnePlaceholderRow() throws {
        let archive = try writtenFixture()
        #expect(archive.value("A5", sheet: 6) == "No data")
        let table = try #require(archive.part("xl/tables/table5.xml"))
        #expect(table.contains(#"ref="A4:A5""#))
        #expect(archive.part("xl/drawings/drawing3.xml") == nil)
    }

    @Test func barAndLineChartsSitBesideTheirTables() throws {
        let archive = try writtenFixture()
        let bar = try #require(archive.part("xl/charts/chart1.xml"))
        #expect(bar.contains(#"<c:barDir val="bar"/>"#))
        #expect(bar.contains(#"<c:orientation val="maxMin"/>"#))
        #expect(bar.contains(#"formatCode="0%""#))
        #expect(bar.contains("Ranking!$B$5:$B$7"))
        #expect(bar.contains("Compliance by facility"))
        let line = try #require(archive.part("xl/charts/chart2.xml"))
        #expect(line.contains("<c:lineChart>"))
        #expect(line.matches(of: /<c:ser>/).count == 2)
        #expect(line.contains("Trend!$C$7:$C$8"))
        let drawing = try #require(archive.part("xl/drawings/drawing1.xml"))
        #expect(drawing.contains("<xdr:col>9</xdr:col>"))  // column J: one gap after the eight columns
    }

    @Test func documentPropertiesComeFromTheReport() throws {
        let archive = try writtenFixture()
        let core = try #require(archive.part("docProps/core.xml"))
        #expect(core.contains("2024-04-02T09:30:00Z"))
        #expect(core.contains("<dc:title>Custody oversight report</dc:title>"))
        #expect(core.contains("<dc:creator>Inspectorate of Custody</dc:creator>"))
        #expect(core.contains("<cp:keywords>custody-report</cp:keywords>"))
        let custom = try #require(archive.part("docProps/custom.xml"))
        #expect(custom.contains("Recommendations register, extract 42"))
        #expect(custom.contains("2024-03-31"))
    }

    @Test func contentsLinksEverySheet() throws {
        let archive = try writtenFixture()
        let sheet = try #require(archive.part("xl/worksheets/sheet2.xml"))
        #expect(sheet.matches(of: /<hyperlink\s/).count == 6)
        #expect(sheet.contains(#"location="'Ranking'!A1""#))
        #expect(archive.value("B8", sheet: 2) == "Compliance by facility")
    }

    @Test func sameReportGivesIdenticalBytes() throws {
        let report = try ReportFixtures.report()
        let (first, second) = try withTemporaryDirectory { directory in
            try WorkbookWriter.write(report, to: directory + "/first.xlsx")
            try WorkbookWriter.write(report, to: directory + "/second.xlsx")
            return (
                try Data(contentsOf: URL(fileURLWithPath: directory + "/first.xlsx")),
                try Data(contentsOf: URL(fileURLWithPath: directory + "/second.xlsx"))
            )
        }
        #expect(first.count > 0)
        #expect(first == second)
    }
}
