import OversightStats
import Testing

@Suite struct KaplanMeierTests {
    static let transforms: [String: SurvivalIntervalTransform] = ["log": .log, "logLog": .logLog, "plain": .plain]

    /// R `survival::survfit` (every transform, 95 % and 90 %) and lifelines (log-log, 95 %).
    @Test(arguments: ReferenceValues.shared.kaplanMeier.indices)
    func matchesRAndLifelines(_ index: Int) throws {
        let expected = ReferenceValues.shared.kaplanMeier[index]
        let label = "\(expected.name) \(expected.transform) \(expected.confidence) \(expected.source)"
        let km = try KaplanMeier(
            durations: expected.durations, complied: expected.complied.map { $0 == 1 },
            confidence: expected.confidence, transform: try #require(Self.transforms[expected.transform]))
        #expect(km.rows.map(\.time) == expected.rows.map(\.time), "\(label) times")
        for (row, reference) in zip(km.rows, expected.rows) {
            let at = "\(label) t=\(row.time)"
            #expect(abs(row.survival - reference.survival) < 1e-12, "\(at) survival")
            if expected.source == "lifelines" {
                // lifelines prints [1, 1] where no event has happened yet; R and this engine leave it undefined.
                if row.lower != nil {
                    #expect(agree(row.lower, reference.lower, within: 1e-12), "\(at) lower")
                    #expect(agree(row.upper, reference.upper, within: 1e-12), "\(at) upper")
                } else {
                    #expect(row.survival == 1 || row.survival == 0, "\(at) undefined band")
                }
                continue
            }
            #expect(row.atRisk == reference.atRisk && row.events == reference.events, "\(at) counts")
            #expect(row.censored == reference.censored, "\(at) censored")
            #expect(agree(row.standardError, reference.se, within: 1e-12), "\(at) standard error")
            #expect(agree(row.lower, reference.lower, within: 1e-12), "\(at) lower")
            #expect(agree(row.upper, reference.upper, within: 1e-12), "\(at) upper")
        }
        #expect(km.median.time == expected.median.time, "\(label) median")
        #expect(km.median.lower == expected.median.lower, "\(label) median lower")
        #expect(km.median.upper == expected.median.upper, "\(label) median upper")
    }

    /// `oracles/km.md`: survival and standard error to 6 decimals, bounds to 4, the median.
    @Test(arguments: ReferenceValues.shared.kaplanMeierOracle.indices)
    func matchesTheOracleTable(_ index: Int) throws {
        let oracle = ReferenceValues.shared.kaplanMeierOracle[index]
        let data = try #require(ReferenceValues.shared.kaplanMeier.first { $0.name == oracle.name })
        let fits = try Self.transforms.mapValues { transform in
            try KaplanMeier(durations: data.durations, complied: data.complied.map { $0 == 1 }, transform: transform)
        }
        let eventRows = try #require(fits["log"]).rows.filter { $0.events > 0 }
        #expect(eventRows.count == oracle.rows.count)
        for (position, expected) in oracle.rows.enumerated() {
            let row = eventRows[position]
            #expect(row.time == expected.time && row.atRisk == expected.atRisk)
            #expect(row.events == expected.events && row.censored == expected.censored)
            #expect(abs(row.survival - expected.survival) <= 5e-7, "t=\(row.time) survival")
            #expect(abs(try #require(row.standardError) - expected.se) <= 5e-7, "t=\(row.time) se")
            for (name, bounds) in [("plain", expected.plain), ("log", expected.log), ("logLog", expected.logLog)] {
                let fitted = try #require(fits[name]).rows.filter { $0.events > 0 }[position]
                #expect(abs(try #require(fitted.lower) - bounds[0]) <= 5e-5, "t=\(row.time) \(name) lower")
                #expect(abs(try #require(fitted.upper) - bounds[1]) <= 5e-5, "t=\(row.time) \(name) upper")
            }
        }
        for fit in fits.values { #expect(fit.median.time == oracle.median) }
    }

    @Test func defaultTransformIsRs() throws {
        #expect(SurvivalIntervalTransform.default == .log)
        let km = try KaplanMeier(durations: [1, 2], complied: [true, false])
        #expect(km.transform == .log && km.confidence == 0.95)
    }

    @Test func tiesAndCensoringAtTheSameTime() throws {
        // Two events and one censoring at day 6: all three are at risk at 6.
        let km = try KaplanMeier(durations: [6, 6, 6, 9], complied: [true, true, false, true])
        #expect(km.rows.count == 2)
        #expect(km.rows[0].atRisk == 4 && km.rows[0].events == 2 && km.rows[0].censored == 1)
        #expect(km.rows[0].survival == 0.5)
        // The last subject complies: survival reaches 0 and the bounds are undefined, as in R.
        #expect(km.rows[1].survival == 0 && km.rows[1].standardError == nil && km.rows[1].lower == nil)
        #expect(km.median.time == 6)
    }

    @Test func medianNotReached() throws {
        // Survival stays at 2/3; the lower band crosses ½ at day 10, the upper band never does.
        let km = try KaplanMeier(durations: [10, 20, 30], complied: [true, false, false])
        #expect(km.median.time == nil && km.median.lower == 10 && km.median.upper == nil)
    }

    @Test func badInputIsAnErrorNamingTheRow() {
        #expect(throws: KaplanMeierError.invalidDuration(-3, row: 1)) {
            try KaplanMeier(durations: [4, -3], complied: [true, true])
        }
        #expect(throws: KaplanMeierError.lengthMismatch(durations: 2, flags: 1)) {
            try KaplanMeier(durations: [4, 3], complied: [true])
        }
        #expect(KaplanMeierError.invalidDuration(-3, row: 1).description.contains("row index 1"))
    }
}
