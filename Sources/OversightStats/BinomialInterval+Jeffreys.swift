extension BinomialInterval {
    /// The Jeffreys interval for `successes` of `trials` at the given confidence (95 % by
    /// default); `nil` when there are no trials.
    ///
    /// The equal-tailed credible interval of the posterior Beta(x + ½, n − x + ½) under
    /// Jeffreys' prior. Its coverage is close to nominal on average and it is shorter than
    /// Clopper–Pearson. As Brown, Cai and DasGupta (2001) recommend, the lower bound is 0 at 0
    /// successes and the upper bound is 1 at `trials` successes; statsmodels'
    /// `proportion_confint(method="jeffreys")` agrees everywhere else (it keeps the raw beta
    /// quantile at those two ends).
    ///
    ///     BinomialInterval.jeffreys(successes: 18, trials: 20)
    ///     // 0.7161467427 … 0.9786275120
    ///
    /// - Parameters:
    ///   - successes: The number of successes, from 0 to `trials`.
    ///   - trials: The number of trials, positive.
    ///   - confidence: The coverage, strictly between 0 and 1.
    /// - Returns: The interval, or `nil` when the counts do not describe a proportion.
    public static func jeffreys(
        successes: Double, trials: Double, confidence: Double = 0.95
    ) -> BinomialInterval? {
        guard trials > 0, successes >= 0, successes <= trials else { return nil }
        let tail = (1 - confidence) / 2
        let a = successes + 0.5
        let b = trials - successes + 0.5
        return BinomialInterval(
            lower: successes == 0 ? 0 : betaQuantile(tail, a: a, b: b),
            upper: successes == trials ? 1 : betaQuantile(1 - tail, a: a, b: b))
    }
}
