/// How the control limits of a funnel plot for a proportion are computed.
///
/// See `FunnelLimits` for the formulas.
public enum FunnelLimitMethod: String, Sendable, CaseIterable {
    /// The normal approximation `p₀ ± z·√(p₀(1 − p₀)/n)`, cut to [0, 1].
    case normal
    /// Exact binomial quantiles, interpolated (Spiegelhalter 2005, appendix A.1.1).
    case exactBinomial
}
