import Frame
import Report
import Testing

/// Small-count suppression hides counts below the threshold and the rates of their rows.
@Suite struct CellSuppressionTests {
    @Test func hidesSmallCountsAndTheirRates() throws {
        let frame = try DataFrame(columns: [
            AnyColumn(name: "n", Column<Int64>([12, 3, nil, 0])),
            AnyColumn(name: "rate", Column<Double>([0.5, 0.25, 0.1, 0.0])),
        ])
        var table = ReportTable(name: "t", sheetName: "T", title: "T", frame: frame)
        let hidden = try table.suppress(CellSuppression(counts: ["n"], derived: ["rate"], threshold: 5))
        #expect(hidden == 4)
        #expect((0..<4).map { table.frame["n"]![$0] } == [.int(12), .null, .null, .null])
        #expect((0..<4).map { table.frame["rate"]![$0] } == [.double(0.5), .null, .double(0.1), .null])
        #expect(table.isSuppressed("rate", row: 1) && !table.isSuppressed("n", row: 2))
    }
}
