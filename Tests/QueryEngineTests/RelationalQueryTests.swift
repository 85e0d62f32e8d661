import Foundation
import Frame
import QueryEngine
import Testing
import TestSupport

/// The relational transforms of the language: misuse is explained, and the optimizer keeps
/// the results of the new join sides.
@Suite struct RelationalQueryTests {
    static let golden = Fixtures.path("Tests/QueryEngineTests/Golden")
    static let source = "from \"recommendations.csv\""

    @Test(arguments: [
        ("join_asof other (==facility)", "needs the key to match by closeness"),
        ("join_asof other (this.facility >= that.facility)", "as-of keys are numbers or dates"),
        ("join_asof other (this.issued_on >= that.issued_on) direction:forward", "the comparison already says backward"),
        ("join_asof other (this.sent <= that.sent) tolerance:-1", "tolerance: the largest distance"),
        ("join side:outer other (==id)", "unknown side 'outer'"),
        ("join other (this.id == that.facility)", "the key 'id' is int64 but 'facility' of the joined relation is string"),
        ("aggregate {q = quantile score}", "quantile needs its probability"),
        ("aggregate {q = quantile score p:1.5}", "p: a probability between 0 and 1"),
        ("aggregate {r = corr score}", "'corr' takes two arguments"),
        ("aggregate {s = string_agg sent}", "'string_agg' does not apply to int64"),
        ("aggregate {a = any sent}", "'any' does not apply to int64"),
        ("distinct {facilty}", "unknown column 'facilty'"),
    ])
    func misuseIsExplained(_ stage: String, _ message: String) {
        let text = "let other = (\(Self.source))\nlet r = (\(Self.source)\n\(stage))\n"
        let errors = bindingErrors(text)
        #expect(errors?.contains(message) == true, "\(errors ?? "no error")")
    }

    /// Filters after a right or full join stay above it unless they read only keys; the
    /// optimized and plain plans agree.
    @Test(arguments: ["right", "full", "semi", "anti"])
    func filtersAfterOuterJoinsKeepTheirMeaning(_ side: String) throws {
        let text = """
            let complied = (\(Self.source)
              filter status == "complied"
              group {facility} (aggregate {complied = count this}))
            let r = (\(Self.source)
              join side:\(side) complied (==facility)
              filter (sent ?? 0) < 4 && facility != "U.12")
            """
        let query = try bindQuery(text, folder: Self.golden)
        let plain = try runQuery(query, folder: Self.golden)["r"]!
        let optimized = try runQuery(Optimizer().optimize(query), folder: Self.golden)["r"]!
        #expect(plain.rowCount > 0)
        #expect(plain.description == optimized.description)
    }
}
