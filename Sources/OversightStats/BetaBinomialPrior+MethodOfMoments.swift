extension BetaBinomialPrior {
    /// Fits a prior to facilities' counts by the method of moments on their raw rates.
    ///
    /// With `m` the unweighted mean of the rates `xᵢ / nᵢ` and `v` their sample variance
    /// (divisor k − 1), the Beta distribution with that mean and variance has
    /// `α + β = m (1 − m) / v − 1`, `α = m (α + β)` and `β = (1 − m)(α + β)`. This is the
    /// estimator of `oracles/shrink.md`. It ignores the binomial noise inside each rate, so it
    /// overstates the spread between facilities and shrinks a little less than a full
    /// beta-binomial maximum-likelihood fit would; it is quick, closed-form and reproducible
    /// by hand.
    ///
    /// Facilities with no trials are left out of the fit. There is no prior (`nil`) when
    /// fewer than two facilities remain, when their rates do not vary, or when they vary
    /// more than any Beta distribution with that mean can (`v ≥ m (1 − m)`): rank on raw
    /// rates in those cases.
    ///
    ///     let prior = BetaBinomialPrior.methodOfMoments(
    ///         successes: [3, 45, 7, 120, 0, 30, 9, 55], trials: [4, 60, 20, 150, 2, 50, 10, 100])
    ///     // α = 1.077032, β = 0.756214
    ///
    /// - Parameters:
    ///   - successes: Each facility's successes.
    ///   - trials: Each facility's trials, in the same order.
    /// - Returns: The fitted prior, or `nil`.
    /// - Complexity: O(k) for k facilities.
    public static func methodOfMoments(successes: [Double], trials: [Double]) -> BetaBinomialPrior? {
        precondition(successes.count == trials.count, "successes and trials lengths differ")
        let rates = zip(successes, trials).compactMap { x, n in n > 0 ? x / n : nil }
        guard rates.count >= 2 else { return nil }
        let mean = rates.reduce(0, +) / Double(rates.count)
        let variance = rates.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(rates.count - 1)
        return moments(mean: mean, variance: variance)
    }

    /// The Beta distribution with this mean and variance of the raw rates, or `nil` when there
    /// is none: a variance that is not positive, or at least `mean (1 − mean)`.
    ///
    /// It is the last step of `methodOfMoments`, for callers that compute the two moments
    /// themselves (a query computes them over a table or a group).
    public static func moments(mean: Double, variance: Double) -> BetaBinomialPrior? {
        guard variance > 0, mean > 0, mean < 1 else { return nil }
        let total = mean * (1 - mean) / variance - 1
        guard total > 0 else { return nil }
        return BetaBinomialPrior(alpha: mean * total, beta: (1 - mean) * total)
    }
}
