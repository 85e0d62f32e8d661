import Foundation
import Frame
import FrameIO
import Testing

/// Each way a workbook can fail to read names the file, the sheet and the cell, what was found
/// and what was expected.
@Suite struct XLSXReadingErrorTests {
    private let titles = XLSXFixtures.workbook("titles.xlsx")

    @Test func aMissingFile() {
        #expect(XLSXFixtures.error("/nonexistent/book.xlsx") == .fileNotFound(path: "/nonexistent/book.xlsx"))
    }

    @Test func aFileThatIsNotAZip() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("fake.xlsx").path
        try Data("a,b\n1,2\n".utf8).write(to: URL(fileURLWithPath: path))
        let error = try #require(XLSXFixtures.error(path))
        #expect(error == .notAWorkbook(path: path, reason: "it is not a zip file"))
        #expect(error.description.contains("hint: save it from the spreadsheet program as 'Excel Workbook (.xlsx)'"))
    }

    @Test func anUnknownSheetSuggestsTheClosestName() throws {
        let error = try #require(XLSXFixtures.error(titles, options: XLSXReadingOptions(sheet: .name("Efetivos"))))
        #expect(error.description.contains("no sheet is named 'Efetivos'. Did you mean 'Efetivo'?"))
        #expect(error.description.contains("the sheets are 'Efetivo', 'Notes'"))
    }

    @Test func aSheetPositionPastTheLast() {
        #expect(XLSXFixtures.error(titles, options: XLSXReadingOptions(sheet: .position(3)))
            == .sheetOutOfRange(path: titles, position: 3, available: ["Efetivo", "Notes"]))
    }

    @Test func aCellThatDoesNotFitTheRequestedType() throws {
        let error = try #require(XLSXFixtures.error(titles, options: XLSXReadingOptions(types: ["ID": .int64])))
        #expect(error == .cellDoesNotFit(
            path: titles, sheet: "Efetivo", cell: "A7", column: "ID", found: "the text 'SUBTOTAL'", expected: .int64))
        #expect(error.description.hasPrefix("\(titles): Efetivo!A7: error: found the text 'SUBTOTAL' in column 'ID', expected a whole number"))
        #expect(error.description.contains("hint: correct the cell, list its text in nulls:[…], or read the column as text with types:{ID = string}"))
    }

    @Test func anUnknownColumnInTheOptions() throws {
        let error = try #require(XLSXFixtures.error(titles, options: XLSXReadingOptions(columns: ["Nomes"])))
        #expect(error.description.contains("Efetivo: error: no column is named 'Nomes'. Did you mean 'Nome'?"))
    }

    @Test func aHeaderRowWithoutValues() {
        #expect(XLSXFixtures.error(titles, options: XLSXReadingOptions(headerRow: 3))
            == .emptyHeaderRow(path: titles, sheet: "Efetivo", row: 3, lastRow: 10))
    }

    @Test func aSharedStringThatDoesNotExist() throws {
        let path = try XLSXFixtures.write(sheetData: "<row r=\"7\"><c r=\"C7\" t=\"s\"><v>5</v></c></row>", sharedStrings: ["a", "b"])
        #expect(XLSXFixtures.error(path) == .badCell(
            path: path, sheet: "Sheet1", cell: "C7", found: "the shared string number '5'",
            expected: "one of the 2 strings of the shared string table"))
    }

    @Test func malformedCells() throws {
        let cases: [(String, String, String)] = [
            ("<row r=\"2\"><c r=\"B2\"><v>1,5</v></c></row>", "B2", "the number '1,5'"),
            ("<row r=\"2\"><c r=\"B2\"><v>nan</v></c></row>", "B2", "the number 'nan'"),
            ("<row r=\"2\"><c r=\"B2\" t=\"b\"><v>yes</v></c></row>", "B2", "the boolean 'yes'"),
            ("<row r=\"2\"><c r=\"B2\" t=\"x\"><v>1</v></c></row>", "B2", "the cell type t=\"x\""),
            ("<row r=\"2\"><c r=\"B2\"><v>1</v></c><c r=\"B2\"><v>2</v></c></row>", "B2", "a second value for the cell"),
            ("<row r=\"2\"><c r=\"B3\"><v>1</v></c></row>", "row 2", "a cell with the reference 'B3'"),
            ("<row r=\"2\"><c r=\"B2\" s=\"1\"><v>60</v></c></row>", "B2", "the date serial number 60"),
            ("<row r=\"2\"><c r=\"B2\" s=\"9\"><v>1</v></c></row>", "B2", "the cell format number '9'"),
        ]
        let styles = "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs>"
        for (sheetData, cell, found) in cases {
            let path = try XLSXFixtures.write(sheetData: sheetData, styles: styles)
            guard case .badCell(_, let sheet, let reportedCell, let reportedFound, _)? = XLSXFixtures.error(path) else {
                Issue.record("no badCell error for \(sheetData)")
                continue
            }
            #expect(sheet == "Sheet1")
            #expect(reportedCell == cell)
            #expect(reportedFound == found)
        }
    }

    @Test func malformedXMLNamesThePartAndTheByte() throws {
        let path = try XLSXFixtures.write(sheetData: "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"")
        guard case .damagedPart(_, let part, let reason)? = XLSXFixtures.error(path) else {
            Issue.record("no damagedPart error")
            return
        }
        #expect(part == "xl/worksheets/sheet1.xml")
        #expect(reason.hasPrefix("malformed XML at byte"))
    }

    @Test func anEmptySheet() throws {
        let path = try XLSXFixtures.write(sheetData: "<row r=\"1\"><c r=\"A1\" s=\"0\"/></row>")
        #expect(XLSXFixtures.error(path) == .emptySheet(path: path, sheet: "Sheet1"))
    }
}
