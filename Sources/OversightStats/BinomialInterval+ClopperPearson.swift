extension BinomialInterval {
    /// The Clopper–Pearson ("exact") interval for `successes` of `trials` at the given
    /// confidence (95 % by default); `nil` when there are no trials.
    ///
    /// The bounds are the beta quantiles `B(α/2; x, n − x + 1)` and `B(1 − α/2; x + 1, n − x)`,
    /// which invert two one-sided binomial tests, so the coverage is never below the nominal
    /// level (it is conservative, and wider than Wilson's). At 0 successes the lower bound is
    /// exactly 0, at `trials` successes the upper bound is exactly 1. The values agree with
    /// statsmodels' `proportion_confint(method="beta")` and R's `binom.test`.
    ///
    ///     BinomialInterval.clopperPearson(successes: 18, trials: 20)
    ///     // 0.6830172860 … 0.9876514728
    ///
    /// - Parameters:
    ///   - successes: The number of successes, from 0 to `trials`.
    ///   - trials: The number of trials, positive.
    ///   - confidence: The coverage, strictly between 0 and 1.
    /// - Returns: The interval, or `nil` when the counts do not describe a proportion.
    public static func clopperPearson(
        successes: Double, trials: Double, confidence: Double = 0.95
    ) -> BinomialInterval? {
        guard trials > 0, successes >= 0, successes <= trials else { return nil }
        let tail = (1 - confidence) / 2
        return BinomialInterval(
            lower: successes == 0 ? 0 : betaQuantile(tail, a: successes, b: trials - successes + 1),
            upper: successes == trials ? 1 : betaQuantile(1 - tail, a: successes + 1, b: trials - successes))
    }
}
