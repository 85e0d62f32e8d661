/// A Beta(α, β) prior for the rates of a set of facilities, used to shrink each facility's
/// rate towards the common mean (empirical Bayes, beta-binomial model).
///
/// A facility with `x` of `n` gets the posterior mean `(x + α) / (n + α + β)`: a facility with
/// many recommendations keeps almost its own rate, one with few is pulled towards the mean
/// `α / (α + β)`. This is what lets a ranking avoid putting 2 of 2 above 95 of 100. `α + β`
/// acts as a number of "prior recommendations"; the larger it is, the stronger the pull.
///
///     let prior = BetaBinomialPrior(alpha: 1.077032, beta: 0.756214)
///     prior.shrunkenRate(successes: 3, trials: 4)   // 0.6989…
public struct BetaBinomialPrior: Sendable, Equatable {
    /// The first shape parameter, the prior "successes"; positive.
    public var alpha: Double
    /// The second shape parameter, the prior "failures"; positive.
    public var beta: Double

    /// A prior with the given shape parameters, both positive.
    public init(alpha: Double, beta: Double) {
        precondition(alpha > 0 && beta > 0, "beta shape parameters must be positive")
        self.alpha = alpha
        self.beta = beta
    }

    /// The prior mean rate, `α / (α + β)`.
    public var mean: Double { alpha / (alpha + beta) }

    /// The shrunken (posterior mean) rate of `successes` of `trials`, `(x + α) / (n + α + β)`.
    ///
    /// With no trials it is the prior mean.
    ///
    /// - Parameters:
    ///   - successes: The facility's count of successes, from 0 to `trials`.
    ///   - trials: The facility's count of trials, non-negative.
    /// - Returns: The rate, strictly between 0 and 1.
    public func shrunkenRate(successes: Double, trials: Double) -> Double {
        (successes + alpha) / (trials + alpha + beta)
    }
}
