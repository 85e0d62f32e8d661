import Foundation
import Frame
import FrameIO
import OversightStats
import QueryEngine
import QuerySyntax
import Testing
import TestSupport

/// `shrunken_rate`, `funnel_low`/`funnel_high` and `period_label` in queries.
@Suite struct ColumnStatisticsTests {
    /// The toy table of oracles/shrink.md (facilities A–H), twice: groups `a` and `b`.
    static let csv = "group,facility,x,n\n" + ["a", "b"].flatMap { group in
        zip("ABCDEFGH", zip([3, 45, 7, 120, 0, 30, 9, 55], [4, 60, 20, 150, 2, 50, 10, 100])).map { "\(group),\($0),\($1.0),\($1.1)" }
    }.joined(separator: "\n") + "\n"

    static func run(_ pipeline: String) throws -> DataFrame {
        let folder = Fixtures.temporaryDirectory("column-statistics")
        try Self.csv.write(to: folder.appendingPathComponent("toy.csv"), atomically: true, encoding: .utf8)
        let file = SourceFile(name: "q.query", text: "let result = (\nfrom \"toy.csv\"\n\(pipeline)\n)\n")
        let read = { (source: Source, columns: [String]?) throws -> DataFrame in
            try CSVReader.read(path: folder.path + "/" + source.path, options: CSVReadingOptions(columns: columns)).frame
        }
        let bound = try Binder.bind(try Parser.parse(file)) { try Schema(of: read($0, nil)) }
        var executor = Executor { source, columns in try read(source, columns) }
        var result = DataFrame()
        for relation in bound.relations { result = try executor.run(relation.plan, as: relation.name) }
        return result
    }

    static func doubles(_ frame: DataFrame, _ column: String) -> [Double?] {
        (0..<frame.rowCount).map { frame[column]![$0].doubleValue }
    }

    /// oracles/shrink.md, from oracles/shrink.py: α = 1.077032, β = 0.756214.
    static let oracleRates = [0.6989, 0.7452, 0.3699, 0.7974, 0.2810, 0.5996, 0.8516, 0.5507]

    @Test func shrunkenRatesMatchTheOracleInEachGroup() throws {
        let frame = try Self.run("group {group} (derive {s = shrunken_rate x n})")
        let rates = Self.doubles(frame, "s")
        for (index, rate) in rates.enumerated() {
            #expect(abs(rate! - Self.oracleRates[index % 8]) < 5e-5, "row \(index + 1)")
        }
    }

    @Test func aShrunkenRateNeedsRatesThatVary() throws {
        let frame = try Self.run("filter facility == \"A\" || facility == \"B\"\nderive {s = shrunken_rate x n}")
        #expect(Self.doubles(frame, "s").allSatisfy { $0 == nil })
    }

    @Test func funnelLimitsCentreOnTheOverallRate() throws {
        let frame = try Self.run("derive {low = funnel_low x n level:0.998, high = funnel_high x n level:0.998, t = funnel_high n p:0.35 method:\"exact\"}")
        // Σx / Σn over both groups: 538 / 792.
        let target = 538.0 / 792.0
        let expected = FunnelLimits(target: target, trials: 150, level: 0.998)
        #expect(abs(Self.doubles(frame, "low")[3]! - expected.lower) < 1e-12)
        #expect(abs(Self.doubles(frame, "high")[3]! - expected.upper) < 1e-12)
        #expect(Self.doubles(frame, "t")[0] == FunnelLimits(target: 0.35, trials: 4, level: 0.95, method: .exactBinomial).upper)
    }

    @Test func funnelOptionsAreChecked() {
        let query = "let r = (\nfrom \"recommendations.csv\"\nderive {l = funnel_low sent}\n)\n"
        #expect(bindingErrors(query)?.contains("funnel_low TRIALS p:TARGET") == true)
        let level = "let r = (\nfrom \"recommendations.csv\"\nderive {l = funnel_low sent p:0.3 level:95}\n)\n"
        #expect(bindingErrors(level)?.contains("strictly between 0 and 1") == true)
        let inside = "let r = (\nfrom \"recommendations.csv\"\naggregate {l = shrunken_rate sent sent}\n)\n"
        #expect(bindingErrors(inside)?.contains("not inside an aggregate") == true)
    }

    @Test func periodLabelsInBothLanguages() throws {
        let frame = try Self.run("""
            take 1
            derive {d = @2021-01-01}
            derive {w = period_label week d, s = period_label week d language:"es", m = period_label month d, q = period_label quarter d language:"es", f = period_label quarter d fiscal_start:7}
            """)
        #expect(["w", "s", "m", "q", "f"].map { frame[$0]![0] } == [.string("2020-W53"), .string("2020-S53"), .string("2021-01"), .string("2021-T1"), .string("2021-Q3")])
    }
}
