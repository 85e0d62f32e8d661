import Foundation
import Frame
import FrameIO
import QueryEngine
import QuerySyntax
import Testing
import TestSupport

/// Binds `text` against files of `folder`, reading each whole for its schema.
func bindQuery(_ text: String, folder: String) throws -> CompiledQuery {
    try Binder.bind(try LinkedQuery.splicingIncludes(of: text, folder: folder)) {
        Schema(of: try CSVReader.read(path: "\(folder)/\($0.path)").frame)
    }
}

/// Runs every relation of `query`, each scan reading only the columns its plan names.
func runQuery(_ query: CompiledQuery, folder: String) throws -> [String: DataFrame] {
    var executor = Executor { source, columns in
        var options = CSVReadingOptions(types: source.options.types, columns: columns)
        options.nullEncodings.formUnion(source.options.nulls)
        return try CSVReader.read(path: "\(folder)/\(source.path)", options: options).frame
    }
    for relation in query.relations { _ = try executor.run(relation.plan, as: relation.name) }
    return executor.relations
}

@Suite struct OptimizerTests {
    static let golden = Fixtures.path("Tests/QueryEngineTests/Golden")

    /// The bundled analyses give the same tables with and without the optimizer. Relations
    /// that are only read by others may lose columns nobody reads; the rest must match.
    static let bundled: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.path("Queries"))) ?? []
        return names.filter { $0.hasSuffix(".query") }.map { String($0.dropLast(6)) }.sorted()
    }()

    @Test(arguments: bundled)
    func bundledQueriesGiveTheSameResults(_ name: String) throws {
        let folder = Fixtures.path("Queries")
        let text = try String(contentsOfFile: "\(folder)/\(name).query", encoding: .utf8)
        let bound = try bindQuery(text, folder: folder)
        let optimized = Optimizer().optimize(bound)
        let plain = try runQuery(bound, folder: folder)
        let fast = try runQuery(optimized, folder: folder)
        let exported = Set(bound.exports.map(\.relation))
        for relation in bound.relations.map(\.name) {
            let before = plain[relation]!, after = fast[relation]!
            if exported.contains(relation) { #expect(after.columnNames == before.columnNames, "\(relation)") }
            let kept = try before.selecting(after.columnNames)
            #expect(cells(of: after) == cells(of: kept), "\(relation) differs")
        }
    }

    @Test func filtersMoveBelowDeriveAndScansReadOnlyWhatIsUsed() throws {
        let query = try bindQuery("""
            let result = (
              from "recommendations.csv"
              derive {rate = responses / sent}
              filter facility == "U.12" && 1 + 1 == 2
              select {id, rate}
            )
            """, folder: Self.golden)
        #expect(Optimizer().optimize(query).relations[0].plan.description == """
            select {id: int64 = id#0, rate: double = rate#4} -> {id: int64, rate: double}
              derive {rate: double = (responses#3 / sent#2)} -> {id: int64, facility: string, sent: int64, responses: int64, rate: double}
                filter (facility#1 == "U.12")
                  scan "recommendations.csv" columns:[id, facility, sent, responses] -> {id: int64, facility: string, sent: int64, responses: int64}
            """)
    }

    @Test func aFilterOnJoinKeysGoesToBothSides() throws {
        let query = try bindQuery("""
            let totals = (
              from "recommendations.csv"
              group {facility} (aggregate {n = count this})
            )
            let result = (
              from "recommendations.csv"
              join side:left totals (==facility)
              filter facility != "U.12" && n > 1
              select {id, n}
            )
            """, folder: Self.golden)
        #expect(Optimizer().optimize(query).relations[1].plan.description == """
            select {id: int64 = id#0, n: int64 = n#2} -> {id: int64, n: int64}
              filter (n#2 > 1)
                join side:left on facility == facility -> {id: int64, facility: string, n: int64}
                  filter (facility#1 != "U.12")
                    scan "recommendations.csv" columns:[id, facility] -> {id: int64, facility: string}
                  filter (facility#0 != "U.12")
                    reference totals -> {facility: string, n: int64}
            """)
    }

    @Test func filtersStayAboveRanksAndTakes() throws {
        let query = try bindQuery("""
            let result = (
              from "recommendations.csv"
              derive {place = rank score}
              take 5
              filter sent > 2
            )
            """, folder: Self.golden)
        let plan = Optimizer().optimize(query).relations[0].plan.description
        #expect(plan.hasPrefix("filter (sent#4 > 2)\n  take offset:0 count:5"))
    }

    @Test func constantsAreComputedOnceAndAlwaysTrueFiltersVanish() throws {
        let query = try bindQuery("""
            let result = (
              from "recommendations.csv"
              filter true || sent > 1
              derive {half = 10 / 0, later = add_days @2024-01-30 2}
              select {id, half, later}
            )
            """, folder: Self.golden)
        #expect(Optimizer().optimize(query).relations[0].plan.description == """
            select {id: int64 = id#0, half: double = half#1, later: date = later#2} -> {id: int64, half: double, later: date}
              derive {half: double = null, later: date = @2024-02-01} -> {id: int64, half: double, later: date}
                scan "recommendations.csv" columns:[id] -> {id: int64}
            """)
    }
}
