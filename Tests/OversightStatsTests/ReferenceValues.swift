import Foundation
import TestSupport

/// The values `Fixtures/make_fixtures.py` writes from statsmodels, scipy, pandas, R's
/// `survival`, lifelines and the shared oracle tables.
struct ReferenceValues: Decodable {
    struct Binomial: Decodable {
        let successes: Double, trials: Double, confidence: Double
        let clopperPearson: [Double], jeffreys: [Double]
    }
    struct BinomialOracle: Decodable {
        let successes: Double, trials: Double, clopperPearson: [Double], jeffreys: [Double]
    }
    struct SurvivalRow: Decodable {
        let time: Double, atRisk: Int?, events: Int?, censored: Int?, survival: Double
        let se: Double?, lower: Double?, upper: Double?
    }
    struct SurvivalMedian: Decodable { let time: Double?, lower: Double?, upper: Double? }
    struct KaplanMeierCase: Decodable {
        let name: String, durations: [Double], complied: [Int], transform: String, confidence: Double
        let source: String, rows: [SurvivalRow], median: SurvivalMedian
    }
    struct KaplanMeierOracleRow: Decodable {
        let time: Double, atRisk: Int, events: Int, censored: Int, survival: Double, se: Double
        let plain: [Double], log: [Double], logLog: [Double]
    }
    struct KaplanMeierOracle: Decodable { let name: String, rows: [KaplanMeierOracleRow], median: Double }
    struct Shrinkage: Decodable {
        let name: String, successes: [Double], trials: [Double], alpha: Double, beta: Double, rates: [Double]
    }
    struct ShrinkageOracle: Decodable {
        struct Row: Decodable { let successes: Double, trials: Double, rate: Double }
        let alpha: Double, beta: Double, rows: [Row]
    }
    struct Funnel: Decodable {
        let target: Double, trials: Double, level: Double, normal: [Double], exactBinomial: [Double]
    }
    struct FiscalQuarter: Decodable {
        let date: String, startMonth: Int, source: String, fiscalYear: Int, quarter: Int, start: String
    }

    struct PublishedFigures: Decodable {
        struct Recommendations: Decodable {
            let source: String, total: Int, complied: Int, partiallyComplied: Int, notComplied: Int
            let reportedPercent: Double?
        }
        struct LegalStatus: Decodable {
            let period: String, procesados: Int, condenados: Int, reportedPercent: Double
            let truncated: Double, rounded: Double
        }
        struct MeanScore: Decodable { let source: String, scores: [Double], reportedMean: Double, truncated: Double }
        let recommendations: [Recommendations]
        let legalStatus: [LegalStatus]
        let meanScores: [MeanScore]
    }

    let binomial: [Binomial]
    let binomialOracle: [BinomialOracle]
    let kaplanMeier: [KaplanMeierCase]
    let kaplanMeierOracle: [KaplanMeierOracle]
    let shrinkage: [Shrinkage]
    let shrinkageOracle: ShrinkageOracle
    let funnel: [Funnel]
    let fiscalQuarters: [FiscalQuarter]
    /// Labels by period part: English, then Spanish.
    struct PeriodLabels: Decodable { let date: String, startMonth: Int, labels: [String: [String]] }
    let periodLabels: [PeriodLabels]
    let publishedFigures: PublishedFigures

    static let shared: ReferenceValues = {
        let path = Fixtures.path("Tests/OversightStatsTests/Fixtures/stats_expected.json")
        return try! JSONDecoder().decode(ReferenceValues.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }()
}

/// Whether two optional numbers agree within `tolerance`, absolute; both missing counts as agreeing.
func agree(_ a: Double?, _ b: Double?, within tolerance: Double) -> Bool {
    switch (a, b) {
    case (nil, nil): true
    case (let x?, let y?): abs(x - y) <= tolerance
    default: false
    }
}
