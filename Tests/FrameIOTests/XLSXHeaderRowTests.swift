import Foundation
import Frame
import FrameIO
import Testing

/// Finding the header below a sheet's title rows, and the real bulletin that needs it.
@Suite struct XLSXHeaderRowTests {
    @Test func skipsTitleRowsAndSaysWhich() throws {
        let result = try XLSXReader.read(path: XLSXFixtures.workbook("titles.xlsx"))
        #expect(result.headerRow == 4)
        let skipped = try #require(result.warnings.first { $0.message.hasPrefix("the header is row 4") })
        #expect(skipped.message.contains("skipped the rows above it: 1 ('EFETIVO CARCERÁRIO DE 11/08/2020'), 2 ('Fonte: SEAP')"))
        #expect(skipped.message.contains("header_row:N chooses another"))
    }

    @Test func aForcedHeaderRowIsUsedAsGiven() throws {
        let result = try XLSXReader.read(
            path: XLSXFixtures.workbook("titles.xlsx"), options: XLSXReadingOptions(headerRow: 2))
        #expect(result.headerRow == 2)
        #expect(result.frame.columnNames.first == "Fonte: SEAP")
        #expect(result.frame.rowCount == 7)
    }

    @Test func theRealBulletinLoadsWithItsUnitRows() throws {
        let path = Fixtures.dataFile("seaprj_boletim_efetivo_example.xlsx")
        guard FileManager.default.fileExists(atPath: path), let expected = XLSXFixtures.real else { return }
        let result = try XLSXReader.read(path: path, options: XLSXReadingOptions(sheet: .name("Efetivo Completo")))
        #expect(result.headerRow == 6)
        #expect(result.frame.rowCount == expected.body_rows)
        #expect(result.frame.columnNames.prefix(6) == ["ID", "Nome", "Localidade", "Regime", "column_E", "Original"])
        // The unit rows are those with a name: the section, subtotal and total rows have none.
        let names = try #require(Fixtures.strings(result.frame, "Nome"))
        let capacity = try #require(Fixtures.integers(result.frame, "Cap. Atual"))
        let units = names.indices.filter { names[$0] != nil }
        #expect(units.count == expected.unit_rows)
        #expect(units.reduce(0) { $0 + (capacity[$1] ?? 0) } == Int64(expected.capacity_of_units))
        #expect(names[units.first!]?.trimmingCharacters(in: .whitespaces) == expected.first_unit)
        #expect(names[units.last!]?.trimmingCharacters(in: .whitespaces) == expected.last_unit)
        #expect(Fixtures.strings(result.frame, "ID")?.contains("SUBTOTAL") == true)
    }
}
