import Foundation
import Frame
import Report
import Testing

@testable import XLSXExport

@Suite("Failed writes")
struct WorkbookWriterFailureTests {
    @Test func missingDirectoryThrowsAndLeavesNoFile() throws {
        let report = try ReportFixtures.report()
        try withTemporaryDirectory { directory throws in
            let path = directory + "/absent/report.xlsx"
            #expect(throws: XLSXError.self) { try WorkbookWriter.write(report, to: path) }
            #expect(!FileManager.default.fileExists(atPath: path))
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
        }
    }

    @Test func failedRenameRemovesTheTemporaryFile() throws {
        let report = try ReportFixtures.report()
        try withTemporaryDirectory { directory throws in
            let target = directory + "/taken"
            try FileManager.default.createDirectory(atPath: target + "/inside", withIntermediateDirectories: true)
            do throws(XLSXError) {
                try WorkbookWriter.write(report, to: target)
                Issue.record("writing over a non-empty directory should fail")
            } catch {
                guard case .fileSystem = error else { throw error }
                #expect(error.description.contains(target))
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["taken"])
        }
    }

    @Test func tooManyRowsIsAClearError() throws {
        let rows = SheetLayout.maxTableRows + 1
        let frame = try DataFrame(columns: [AnyColumn(name: "n", Column<Int64>(values: [Int64](repeating: 1, count: rows)))])
        let table = ReportTable(name: "big", sheetName: "Big", title: "Big", frame: frame)
        #expect(throws: XLSXError.tooManyRows(table: "big", rows: rows, limit: 1_048_572)) {
            try WorkbookPlan(ReportFixtures.report(tables: [table]))
        }
    }

    @Test func unknownChartColumnIsAClearError() throws {
        var table = try ReportFixtures.textTable(name: "t", sheetName: "T", values: ["x"])
        table.chart = ChartSpec(kind: .bar, x: "value", y: "missing")
        #expect(throws: XLSXError.unknownChartColumn(table: "t", column: "missing")) {
            try WorkbookPlan(ReportFixtures.report(tables: [table]))
        }
    }

    @Test func zeroCreationTimeBecomesOne() throws {
        var report = ReportFixtures.report(tables: [])
        report.metadata.generatedAt = 0
        #expect(DocumentProperties(report).created == 1)
    }
}
