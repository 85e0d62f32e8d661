import Foundation
import Testing
import TestSupport

/// Queries and `describe` read .xlsx workbooks: a sheet by name or position, the header found
/// below title rows, section and subtotal rows dropped by a filter.
@Suite struct WorkbookSourceTests {
    static let bulletin = Fixtures.packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/data/seaprj_boletim_efetivo_example.xlsx").path
    static let titles = Fixtures.path("Tests/FrameIOTests/Workbooks/titles.xlsx")

    @Test func aQueryDropsTheBulletinsSectionAndSubtotalRows() throws {
        guard FileManager.default.fileExists(atPath: Self.bulletin) else { return }
        let pipeline = """
            from "\(Self.bulletin)" sheet:"Efetivo Completo"
            | filter Nome != null
            | aggregate {unidades = count this, capacidade = sum `Cap. Atual`, efetivo = sum `Efetivo   Real`}
            """
        let result = try Oversight.run(["query", pipeline, "--format", "csv"], in: Fixtures.packageRoot)
        #expect(result.status == 0, "\(result.stderr)")
        // pandas.read_excel(header=5) keeps 51 rows with a unit name, of capacity 30053.
        #expect(result.stdout.split(separator: "\r\n").last == "51,30053,46860")
        #expect(result.stderr.contains("warning: the header is row 6"))
    }

    @Test func aSheetByPositionAndAForcedHeaderRow() throws {
        let pipeline = "from \"\(Self.titles)\" sheet:2 | filter ok | select {when}"
        let result = try Oversight.run(["query", pipeline, "--format", "csv"], in: Fixtures.packageRoot)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "when\r\n2021-05-04\r\n")
        let forced = try Oversight.run(
            ["query", "from \"\(Self.titles)\" header_row:4 | filter ID == \"SUBTOTAL\" | select {Capacidade}", "--format", "csv"],
            in: Fixtures.packageRoot)
        #expect(forced.stdout == "Capacidade\r\n150\r\n", "\(forced.stderr)")
    }

    @Test func aCellThatDoesNotFitIsBadInputNamingTheCell() throws {
        let result = try Oversight.run(["query", "from \"\(Self.titles)\" types:{ID = int64}"], in: Fixtures.packageRoot)
        #expect(result.status == 65)
        #expect(result.stderr.contains("titles.xlsx: Efetivo!A7: error: found the text 'SUBTOTAL' in column 'ID', expected a whole number"))
    }

    @Test func csvOptionsAreRefusedForAWorkbook() throws {
        let result = try Oversight.run(["query", "from \"\(Self.titles)\" delimiter:\";\""], in: Fixtures.packageRoot)
        #expect(result.status == 65)
        #expect(result.stderr.contains("delimiter: applies to CSV files"))
    }

    @Test func describeReadsTheChosenSheet() throws {
        let result = try Oversight.run(["describe", Self.titles, "--sheet", "Notes"], in: Fixtures.packageRoot)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.prefix(3) == ["\(Self.titles): 2 rows, 2 columns", "sheet: 'Notes'", "header: row 1"])
        #expect(lines.contains { $0.hasPrefix("when") && $0.contains(" date ") })
        let missing = try Oversight.run(["describe", Self.titles, "--sheet", "Nope"], in: Fixtures.packageRoot)
        #expect(missing.status == 65)
        #expect(missing.stderr.contains("no sheet is named 'Nope'"))
    }
}
