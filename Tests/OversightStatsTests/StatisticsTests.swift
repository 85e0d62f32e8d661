import Foundation
import Frame
import OversightStats
import Testing
import TestSupport

/// The fixture written by `Fixtures/make_fixtures.py` from statsmodels and pandas.
struct StatsFixture: Decodable {
    struct Wilson: Decodable { let successes: Double, trials: Double, confidence: Double, lower: Double, upper: Double }
    struct Bucket: Decodable { let age: Int64, bucket: String }
    struct Quarter: Decodable { let date: String, start: String, label: String }
    let wilson: [Wilson]
    let buckets: [Bucket]
    let quarters: [Quarter]

    static let shared: StatsFixture = {
        let path = Fixtures.path("Tests/OversightStatsTests/Fixtures/stats_expected.json")
        return try! JSONDecoder().decode(StatsFixture.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }()
}

@Suite struct WilsonIntervalTests {
    @Test(arguments: StatsFixture.shared.wilson.indices)
    func matchesStatsmodels(_ index: Int) throws {
        let expected = StatsFixture.shared.wilson[index]
        let interval = try #require(BinomialInterval.wilson(
            successes: expected.successes, trials: expected.trials, confidence: expected.confidence))
        #expect(abs(interval.lower - expected.lower) < 1e-12, "\(expected.successes)/\(expected.trials) lower")
        #expect(abs(interval.upper - expected.upper) < 1e-12, "\(expected.successes)/\(expected.trials) upper")
    }

    /// The shared oracle table (`oracles/binom_ci.md`): 18 of 20 and 0 of 30 at 95 %.
    @Test func matchesTheOracleTable() throws {
        let a = try #require(BinomialInterval.wilson(successes: 18, trials: 20))
        #expect(abs(a.lower - 0.6989663548) < 1e-10 && abs(a.upper - 0.9721335188) < 1e-10)
        let b = try #require(BinomialInterval.wilson(successes: 0, trials: 30))
        #expect(b.lower == 0 && abs(b.upper - 0.1135133932) < 1e-10)
    }

    @Test func noTrialsGiveNoInterval() {
        #expect(BinomialInterval.wilson(successes: 0, trials: 0) == nil)
        #expect(BinomialInterval.wilson(successes: 3, trials: 2) == nil)
    }

    @Test func normalQuantileIsExact() {
        // scipy.stats.norm.ppf(0.975) and ppf(0.95)
        #expect(abs(standardNormalQuantile(0.975) - 1.959963984540054) < 1e-14)
        #expect(abs(standardNormalQuantile(0.95) - 1.6448536269514722) < 1e-14)
    }
}

@Suite struct AgeingBucketTests {
    @Test func defaultBucketsMatchPandasHalfOpenCut() {
        let buckets = AgeingBuckets.standard
        for expected in StatsFixture.shared.buckets {
            #expect(buckets.index(of: expected.age).map { buckets.labels[$0] } == expected.bucket, "age \(expected.age)")
        }
    }

    @Test func agesBelowTheFirstBreakHaveNoBucket() {
        #expect(AgeingBuckets.standard.index(of: -1) == nil)
    }

    @Test func breaksMustAscend() {
        #expect(AgeingBuckets(breaks: [0, 30, 30]) == nil)
        #expect(AgeingBuckets(breaks: []) == nil)
        #expect(AgeingBuckets(breaks: [0, 7])?.labels == ["0–6", "7+"])
    }
}

@Suite struct QuarterLabelTests {
    @Test func startsAndLabelsMatchPandasPeriods() throws {
        for expected in StatsFixture.shared.quarters {
            let day = try #require(Day(iso: expected.date))
            #expect(QuarterLabel.start(of: day).description == expected.start)
            #expect(QuarterLabel.label(of: day) == expected.label)
        }
    }

    @Test func spanishLabelsUseT() {
        #expect(QuarterLabel.label(of: Day(year: 2024, month: 8, day: 1)!, letter: "T") == "2024-T3")
    }
}
