/// The way a confidence interval for a proportion is computed.
///
/// Wilson is the default for published rates (DOMAIN: "Wilson score interval, 95 %, by
/// default"); Clopper–Pearson and Jeffreys are offered for readers who ask for them.
///
///     IntervalMethod.jeffreys.interval(successes: 7, trials: 46)
public enum IntervalMethod: String, Sendable, CaseIterable {
    /// The Wilson score interval: good coverage, never outside [0, 1].
    case wilson
    /// The Clopper–Pearson "exact" interval: coverage never below nominal, wider.
    case clopperPearson
    /// The Jeffreys (Beta(½, ½) prior) interval: close to nominal coverage, short.
    case jeffreys

    /// The method reports use when none is named.
    public static let `default` = IntervalMethod.wilson

    /// The interval for `successes` of `trials` with this method at the given confidence.
    ///
    /// - Parameters:
    ///   - successes: The number of successes, from 0 to `trials`.
    ///   - trials: The number of trials, positive.
    ///   - confidence: The coverage, strictly between 0 and 1 (95 % by default).
    /// - Returns: The interval, or `nil` when the counts do not describe a proportion.
    public func interval(successes: Double, trials: Double, confidence: Double = 0.95) -> BinomialInterval? {
        switch self {
        case .wilson: .wilson(successes: successes, trials: trials, confidence: confidence)
        case .clopperPearson: .clopperPearson(successes: successes, trials: trials, confidence: confidence)
        case .jeffreys: .jeffreys(successes: successes, trials: trials, confidence: confidence)
        }
    }
}
