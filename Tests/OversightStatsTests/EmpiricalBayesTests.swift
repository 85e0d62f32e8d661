import OversightStats
import Testing

@Suite struct EmpiricalBayesTests {
    @Test(arguments: ReferenceValues.shared.shrinkage.indices)
    func matchesTheReferenceComputation(_ index: Int) throws {
        let expected = ReferenceValues.shared.shrinkage[index]
        let prior = try #require(BetaBinomialPrior.methodOfMoments(
            successes: expected.successes, trials: expected.trials))
        #expect(abs(prior.alpha - expected.alpha) < 1e-12 * expected.alpha)
        #expect(abs(prior.beta - expected.beta) < 1e-12 * expected.beta)
        for (position, rate) in expected.rates.enumerated() {
            let shrunk = prior.shrunkenRate(successes: expected.successes[position], trials: expected.trials[position])
            #expect(abs(shrunk - rate) < 1e-14, "\(expected.name) facility \(position)")
        }
    }

    /// `oracles/shrink.md`, printed to 6 (prior) and 4 (rates) decimals.
    @Test func matchesTheOracleTable() throws {
        let oracle = ReferenceValues.shared.shrinkageOracle
        let prior = try #require(BetaBinomialPrior.methodOfMoments(
            successes: oracle.rows.map(\.successes), trials: oracle.rows.map(\.trials)))
        #expect(abs(prior.alpha - oracle.alpha) <= 5e-7 && abs(prior.beta - oracle.beta) <= 5e-7)
        for row in oracle.rows {
            #expect(abs(prior.shrunkenRate(successes: row.successes, trials: row.trials) - row.rate) <= 5e-5)
        }
    }

    @Test func twoOfTwoNoLongerTopsNinetyFiveOfAHundred() throws {
        let prior = try #require(BetaBinomialPrior.methodOfMoments(
            successes: [2, 95, 10, 33], trials: [2, 100, 40, 60]))
        #expect(prior.shrunkenRate(successes: 2, trials: 2) < prior.shrunkenRate(successes: 95, trials: 100))
        #expect(prior.shrunkenRate(successes: 0, trials: 0) == prior.mean)
    }

    @Test func noPriorWithoutSpread() {
        #expect(BetaBinomialPrior.methodOfMoments(successes: [3], trials: [4]) == nil)
        #expect(BetaBinomialPrior.methodOfMoments(successes: [1, 2], trials: [2, 4]) == nil)
        #expect(BetaBinomialPrior.methodOfMoments(successes: [0, 5], trials: [5, 5]) == nil)
    }
}
