import Frame
import OversightStats
import Testing

@Suite struct ComplianceRateTests {
    /// `published_figures_test_vectors.csv`: AGN's 46 and CEDH Nuevo León's 26 recommendations.
    @Test func publishedRecommendationCounts() throws {
        for published in ReferenceValues.shared.publishedFigures.recommendations {
            let rate = ComplianceRate(counts: [
                .complied: published.complied, .partiallyComplied: published.partiallyComplied,
                .notComplied: published.notComplied,
            ])
            #expect(rate.assessable == published.total && rate.total == published.total, "\(published.source)")
            let strict = try #require(rate.strictRate)
            #expect(strict == Double(published.complied) / Double(published.total))
            #expect(rate.weightedNumerator == Double(published.complied) + 0.5 * Double(published.partiallyComplied))
            if let reported = published.reportedPercent {
                #expect(DisplayRounding.nearest.apply(100 * strict, decimals: 2) == reported)
                #expect(DisplayRounding.truncate.apply(100 * strict, decimals: 2) == reported)
            }
        }
    }

    /// AGN's 7 of 46 complied, 3 partially, 36 not regularised, from the Spanish statuses.
    @Test func agnFromStatusTexts() throws {
        let texts = Array(repeating: "cumplida", count: 7) + Array(repeating: "cumplida parcialmente", count: 3)
            + Array(repeating: "sin regularización", count: 36)
        let rate = try ComplianceRate(statuses: StatusVocabulary.standard.normalize(StringColumn(texts)))
        #expect(rate.complied == 7 && rate.partiallyComplied == 3 && rate.assessable == 46)
        #expect(try #require(rate.weightedRate) == 8.5 / 46)
        let interval = try #require(rate.strictInterval())
        #expect(interval == BinomialInterval.wilson(successes: 7, trials: 46))
    }

    /// AGN 2017: 57.097 % printed 57.09 % (truncated); 2018 and 2019 reproduce under neither rule.
    @Test func publishedPercentagesAndTheirDisplayRule() {
        for figure in ReferenceValues.shared.publishedFigures.legalStatus {
            let percent = 100 * Double(figure.procesados) / Double(figure.procesados + figure.condenados)
            let truncated = DisplayRounding.truncate.apply(percent, decimals: 2)
            let rounded = DisplayRounding.nearest.apply(percent, decimals: 2)
            #expect(truncated == figure.truncated && rounded == figure.rounded, "\(figure.period)")
            #expect((truncated == figure.reportedPercent) == (figure.period == "2017-12-31"), "\(figure.period)")
            #expect(rounded != figure.reportedPercent)
        }
        for figure in ReferenceValues.shared.publishedFigures.meanScores {
            let mean = figure.scores.reduce(0, +) / Double(figure.scores.count)
            #expect(DisplayRounding.truncate.apply(mean, decimals: 2) == figure.reportedMean)
        }
    }

    /// CNDH's DNSP truncates: 7.3867 is published 7.38.
    @Test func truncationIsADisplayRule() {
        #expect(DisplayRounding.truncate.apply(7.3867, decimals: 2) == 7.38)
        #expect(DisplayRounding.nearest.apply(7.3867, decimals: 2) == 7.39)
        #expect(DisplayRounding.truncate.apply(0.29, decimals: 2) == 0.29)
        #expect(DisplayRounding.truncate.apply(-1.239, decimals: 2) == -1.23)
        #expect(DisplayRounding.nearest.apply(2.5, decimals: 0) == 3)
    }

    @Test func withdrawnNotApplicableAndNotYetDueLeaveTheDenominator() throws {
        let statuses = Column<ComplianceStatus>(values: [
            .complied, .partiallyComplied, .withdrawn, .notApplicable, .inProgress, .noResponse, .complied,
        ])
        let asOf = try #require(Day(iso: "2024-06-30"))
        let due = Column<Day>([
            Day(iso: "2024-01-01"), Day(iso: "2024-06-30"), nil, nil, Day(iso: "2024-07-01"), nil, Day(iso: "2025-01-01"),
        ])
        let rate = try ComplianceRate(statuses: statuses, dueDates: due, asOf: asOf)
        #expect(rate.total == 7 && rate.excluded == 2 && rate.notYetDue == 2 && rate.assessable == 3)
        #expect(rate.complied == 1 && rate.strictRate == 1.0 / 3 && rate.weightedRate == 1.5 / 3)
        let everyRow = try ComplianceRate(statuses: statuses, dueDates: due, asOf: asOf, excludingNotYetDue: false, partialWeight: 1)
        #expect(everyRow.assessable == 5 && everyRow.notYetDue == 0 && everyRow.weightedRate == 3.0 / 5)
    }

    @Test func nothingAssessableGivesNoRate() {
        let rate = ComplianceRate(counts: [.withdrawn: 2])
        #expect(rate.strictRate == nil && rate.weightedRate == nil && rate.strictInterval() == nil)
    }

    @Test func aMissingStatusIsAnErrorNamingTheRow() {
        let statuses = Column<ComplianceStatus>([.complied, nil], placeholder: .noResponse)
        #expect(throws: ComplianceError.missingStatus(row: 1)) { try ComplianceRate(statuses: statuses) }
    }
}
