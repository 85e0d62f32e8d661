import Frame
import Report
import Testing

@testable import XLSXExport

@Suite("Cell values")
struct CellValueTests {
    @Test func forbiddenCharactersAreStripped() {
        var text = CellText(marker: "[…truncated]")
        #expect(text.clean("a\u{FFFF}b\u{FFFE}c\u{0}d") == "abcd")
        #expect(text.clean("plain") == "plain")
        #expect(text.truncatedCount == 0)
    }

    @Test func longTextIsCutWithAMarker() {
        var text = CellText(marker: "[…truncated]")
        let cut = text.clean(String(repeating: "x", count: 40_000))
        #expect(cut.utf16.count == CellText.maxLength)
        #expect(cut.hasSuffix("[…truncated]"))
        #expect(text.truncatedCount == 1)
        #expect(text.clean(String(repeating: "y", count: CellText.maxLength)).utf16.count == CellText.maxLength)
        #expect(text.truncatedCount == 1)
    }

    @Test func cutsNeverSplitACharacter() {
        var text = CellText(marker: "…")
        let cut = text.clean(String(repeating: "😀", count: 20_000))
        #expect(cut.utf16.count <= CellText.maxLength)
        #expect(cut.dropLast().allSatisfy { $0 == "😀" })
    }

    @Test func excelDateSerials() throws {
        #expect(ExcelDate.serial(of: try #require(Day(year: 2024, month: 3, day: 31))) == 45382)
        #expect(ExcelDate.serial(of: try #require(Day(year: 1900, month: 3, day: 1))) == 61)
        #expect(ExcelDate.serial(of: try #require(Day(year: 1970, month: 1, day: 1))) == 25569)
        #expect(ExcelDate.serial(of: try #require(Day(year: 1900, month: 2, day: 28))) == nil)
        #expect(ExcelDate.serial(of: try #require(Day(year: 10_000, month: 1, day: 1))) == nil)
    }

    @Test func numberFormatsPerColumnFormat() {
        #expect(ColumnFormat.count.numberFormat == "#,##0")
        #expect(ColumnFormat.days.numberFormat == "#,##0")
        #expect(ColumnFormat.percent.numberFormat == "0.0%")
        #expect(ColumnFormat.decimal(places: 3).numberFormat == "0.000")
        #expect(ColumnFormat.truncated(places: 2).numberFormat == "0.00")
        #expect(ColumnFormat.decimal(places: 0).numberFormat == "0")
        #expect(ColumnFormat.date.numberFormat == "yyyy-mm-dd")
        #expect(ColumnFormat.text.numberFormat == nil)
    }

    @Test func infinitiesAreBlankedAndCounted() {
        var text = CellText(marker: "…")
        var repairs = ValueRepairs()
        let column = AnyColumn(name: "rate", Column<Double>([.infinity, 0.5, -.infinity, .nan, nil]))
        let plan = ColumnPlan(column: column, format: .percent, header: "Rate", text: &text, repairs: &repairs)
        #expect(plan.cells.values == [.blank, .number(0.5), .blank, .blank, .blank])
        #expect(repairs.nonFinite == 3)
    }

    @Test func widthsAreClamped() {
        var text = CellText(marker: "…")
        var repairs = ValueRepairs()
        let narrow = ColumnPlan(
            column: AnyColumn(name: "n", Column<Int64>([1])), format: .count, header: "n", text: &text, repairs: &repairs)
        let wide = ColumnPlan(
            column: AnyColumn(name: "s", StringColumn([String(repeating: "w", count: 500)])), format: .text,
            header: "s", text: &text, repairs: &repairs)
        #expect(narrow.width == ColumnWidth.limits.lowerBound)
        #expect(wide.width == ColumnWidth.limits.upperBound)
    }

    @Test func strangeTextIsCleanedInTheFile() throws {
        let long = String(repeating: "z", count: 40_000)
        let table = try ReportFixtures.textTable(name: "t", sheetName: "T", values: ["bad\u{FFFF}text", long, long])
        let archive = try writtenArchive(of: ReportFixtures.report(tables: [table]))
        let sheet = try #require(archive.part("xl/sharedStrings.xml"))
        #expect(!sheet.contains("\u{FFFF}"))
        #expect(archive.value("A5", sheet: 4) == "badtext")
        let cut = try #require(archive.value("A6", sheet: 4))
        #expect(cut.utf16.count == CellText.maxLength && cut.hasSuffix("[…truncated]"))
        #expect(archive.sharedStrings().contains { $0.hasPrefix("2 text(s) longer than Excel's limit") })
    }
}
