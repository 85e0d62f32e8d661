import Foundation
import Frame
import FrameIO
import Testing

/// The .xlsx reader against the values openpyxl reads from the same workbooks.
@Suite struct XLSXReaderTests {
    @Test(arguments: XLSXFixtures.tables)
    func readsWhatOpenpyxlReads(_ table: XLSXFixtures.Table) throws {
        let result = try XLSXReader.read(
            path: XLSXFixtures.workbook(table.workbook), options: XLSXReadingOptions(sheet: .name(table.sheet)))
        #expect(result.headerRow == table.header_row)
        #expect(result.frame.rowCount == table.rows)
        #expect(result.frame.columnCount == table.columns.count)
        for (index, (column, expected)) in zip(result.frame.columns, table.columns).enumerated() {
            // Empty and repeated names are repaired; the others are kept.
            let repaired = expected.name.isEmpty || table.columns[..<index].contains { $0.name == expected.name }
            if !repaired { #expect(column.name == expected.name) }
            #expect(column.dataType.rawValue == expected.type, "column \(expected.letter)")
            #expect(XLSXFixtures.cells(column) == expected.values, "column \(expected.letter)")
        }
    }

    @Test func picksASheetByPositionOrNameIgnoringCase() throws {
        let path = XLSXFixtures.workbook("titles.xlsx")
        #expect(try XLSXReader.read(path: path, options: XLSXReadingOptions(sheet: .position(2))).sheet == "Notes")
        #expect(try XLSXReader.read(path: path, options: XLSXReadingOptions(sheet: .name("notes"))).sheet == "Notes")
        #expect(try XLSXReader.read(path: path).sheet == "Efetivo")
        #expect(try XLSXReader.sheetNames(path: path) == ["Efetivo", "Notes"])
    }

    @Test func namesEmptyAndRepeatedHeadersAndSaysSo() throws {
        let result = try XLSXReader.read(path: XLSXFixtures.workbook("inline.xlsx"))
        #expect(result.frame.columnNames == ["unit", "column_B", "count", "note", "unit_2"])
        let messages = result.warnings.map(\.description)
        #expect(messages.contains { $0.contains("Sheet1!B1: warning: the header cell is empty; named the column 'column_B'") })
        #expect(messages.contains { $0.contains("Sheet1!E1: warning: the header 'unit' is repeated") })
        #expect(messages.contains { $0.contains("skipped 1 empty row below the header: 4") })
    }

    @Test func readsErrorCellsAsNullWithAWarning() throws {
        let result = try XLSXReader.read(path: XLSXFixtures.workbook("titles.xlsx"))
        let warning = try #require(result.warnings.first { $0.message.contains("#DIV/0!") })
        #expect(warning.cell == "F9")
        #expect(warning.description.contains("titles.xlsx: Efetivo!F9: warning: the formula error #DIV/0! in column 'Taxa' is read as null"))
    }

    @Test func forcesTypesAndSelectsColumns() throws {
        var options = XLSXReadingOptions(sheet: .name("Types"))
        options.types = ["id_text": .string, "count": .double, "quoted": .string]
        options.columns = ["quoted", "count"]
        let frame = try XLSXReader.read(path: XLSXFixtures.workbook("types.xlsx"), options: options).frame
        #expect(frame.columnNames == ["quoted", "count"])
        #expect(Fixtures.strings(frame, "quoted") == ["10", "20", "30", "40"])
        #expect(Fixtures.doubles(frame, "count") == [3, -12, 0, 8_796_093_022_208])
    }

    @Test func readsTextAsARequestedType() throws {
        let path = try XLSXFixtures.write(sheetData: """
            <row r="1"><c r="A1" t="inlineStr"><is><t>n</t></is></c><c r="B1" t="inlineStr"><is><t>d</t></is></c></row>
            <row r="2"><c r="A2" t="inlineStr"><is><t>12</t></is></c><c r="B2" t="inlineStr"><is><t>2020-08-11</t></is></c></row>
            <row r="3"><c r="A3"><v>7</v></c><c r="B3"><v>44054</v></c></row>
            """)
        let frame = try XLSXReader.read(path: path, options: XLSXReadingOptions(types: ["n": .int64, "d": .date])).frame
        #expect(Fixtures.integers(frame, "n") == [12, 7])
        #expect(Fixtures.dates(frame, "d") == ["2020-08-11", "2020-08-11"])
    }

    @Test func mixedDatesAndPlainNumbersAreTextWithAWarning() throws {
        let styles = "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs>"
        let path = try XLSXFixtures.write(sheetData: """
            <row r="1"><c r="A1" t="inlineStr"><is><t>when</t></is></c></row>
            <row r="2"><c r="A2" s="1"><v>44054</v></c></row>
            <row r="3"><c r="A3"><v>44055</v></c></row>
            """, styles: styles)
        let result = try XLSXReader.read(path: path)
        #expect(Fixtures.strings(result.frame, "when") == ["2020-08-11", "44055"])
        #expect(result.warnings.contains { $0.cell == "A3" && $0.message.contains("1 dates and 1 numbers") })
    }

    @Test func countsDaysFrom1904WhenTheWorkbookSaysSo() throws {
        let styles = "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs>"
        let sheet = """
            <row r="1"><c r="A1" t="inlineStr"><is><t>when</t></is></c></row>
            <row r="2"><c r="A2" s="1"><v>0</v></c></row>
            <row r="3"><c r="A3" s="1"><v>42592.75</v></c></row>
            """
        let path1904 = try XLSXFixtures.write(sheetData: sheet, styles: styles, workbookProperties: "date1904=\"1\"")
        #expect(Fixtures.dates(try XLSXReader.read(path: path1904).frame, "when") == ["1904-01-01", "2020-08-11"])
    }
}
