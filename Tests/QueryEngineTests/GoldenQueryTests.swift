import Foundation
import Frame
import FrameIO
import QueryEngine
import QuerySyntax
import Testing
import TestSupport

/// Runs a query file of the golden folder and returns the frame of its relation `result`,
/// with the plans as bound or as the optimizer rewrites them.
func runGolden(_ name: String, optimized: Bool = false) throws -> DataFrame {
    let folder = Fixtures.path("Tests/QueryEngineTests/Golden")
    let text = try String(contentsOfFile: "\(folder)/\(name).query", encoding: .utf8)
    let file = SourceFile(name: "\(name).query", text: text)
    let read = { (source: Source, columns: [String]?) throws -> DataFrame in
        try CSVReader.read(path: "\(folder)/\(source.path)", options: CSVReadingOptions(columns: columns)).frame
    }
    let bound = try Binder.bind(try Parser.parse(file)) { try Schema(of: read($0, nil)) }
    let query = optimized ? Optimizer().optimize(bound) : bound
    var executor = Executor { source, columns in try read(source, columns) }
    var result = DataFrame()
    for relation in query.relations { result = try executor.run(relation.plan, as: relation.name) }
    return result
}

/// The golden cases: each query's result must equal what DuckDB computed for the same question
/// (`Golden/make_expected.py` writes the expected CSVs).
@Suite struct GoldenQueryTests {
    static let cases: [String] = {
        let folder = Fixtures.path("Tests/QueryEngineTests/Golden")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".query") }.map { String($0.dropLast(6)) }.sorted()
    }()

    @Test func thereAreGoldenCases() {
        #expect(Self.cases.count >= 15)
    }

    @Test(arguments: cases, [false, true])
    func matchesDuckDB(_ name: String, optimized: Bool) throws {
        let folder = Fixtures.path("Tests/QueryEngineTests/Golden")
        let expected = simpleCSV(try String(contentsOfFile: "\(folder)/\(name).expected.csv", encoding: .utf8))
        let result = try runGolden(name, optimized: optimized)
        #expect(result.columnNames == expected.header)
        let actual = cells(of: result)
        #expect(actual.count == expected.rows.count)
        for (row, (got, want)) in zip(actual, expected.rows).enumerated() {
            let same = got.count == want.count && zip(got, want).allSatisfy { sameCell($0, $1) }
            #expect(same, "row \(row + 1): got \(got), DuckDB gives \(want)")
        }
    }
}
