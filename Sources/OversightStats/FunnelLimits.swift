import Foundation

/// The control limits of a funnel plot at one denominator: the range of rates a facility of
/// that size would show with probability `level` if its true rate were the overall one.
///
/// Funnel plots (Spiegelhalter 2005, "Funnel plots for comparing institutional performance",
/// *Statistics in Medicine* 24:1185) plot each facility's rate against its denominator with
/// limits at 95 % (about 2 standard deviations) and 99.8 % (about 3). Points outside the
/// 99.8 % funnel are unlikely to differ by chance alone.
///
/// - `normal`: `p₀ ± z·√(p₀(1 − p₀)/n)`, `z` the normal quantile at `1 − (1 − level)/2`,
///   cut to [0, 1].
/// - `exactBinomial`: for each tail probability `q` (`(1 − level)/2` and `1 − (1 − level)/2`)
///   take `r`, the smallest count with `F(r) ≥ q` under Binomial(n, p₀), and interpolate
///   between counts: `(r − α)/n` with `α = (F(r) − q)/(F(r) − F(r − 1))`; cut to [0, 1].
///   This is the continuous limit the UK public-health funnel-plot tools draw.
///
///     let limits = FunnelLimits(target: 0.35, trials: 40, level: 0.998)
///     // 0.1169… … 0.5831…
public struct FunnelLimits: Sendable, Equatable {
    /// The lower control limit, a rate in [0, 1].
    public var lower: Double
    /// The upper control limit, a rate in [0, 1].
    public var upper: Double

    /// The limits for a facility with `trials` cases when the overall rate is `target`.
    ///
    /// - Parameters:
    ///   - target: The overall rate `p₀`, in [0, 1].
    ///   - trials: The facility's denominator, positive.
    ///   - level: The coverage, such as 0.95 or 0.998.
    ///   - method: The normal approximation (default) or exact binomial limits.
    public init(target: Double, trials: Double, level: Double, method: FunnelLimitMethod = .normal) {
        precondition(target >= 0 && target <= 1, "a target rate in [0, 1]")
        precondition(trials > 0, "a positive denominator")
        precondition(level > 0 && level < 1, "a level strictly between 0 and 1")
        let tail = (1 - level) / 2
        switch method {
        case .normal:
            let half = standardNormalQuantile(1 - tail) * (target * (1 - target) / trials).squareRoot()
            lower = max(0, target - half)
            upper = min(1, target + half)
        case .exactBinomial:
            let n = trials.rounded()
            lower = FunnelLimits.interpolatedQuantile(tail, trials: n, rate: target)
            upper = FunnelLimits.interpolatedQuantile(1 - tail, trials: n, rate: target)
        }
    }

    /// Spiegelhalter's interpolated binomial quantile `(r − α)/n`, cut to [0, 1].
    private static func interpolatedQuantile(_ q: Double, trials n: Double, rate p: Double) -> Double {
        // The smallest r in 0...n with F(r) ≥ q, by bisection on the monotone distribution function.
        var low = 0.0
        var high = n
        while low < high {
            let middle = ((low + high) / 2).rounded(.down)
            if binomialDistribution(middle, trials: n, rate: p) >= q { high = middle } else { low = middle + 1 }
        }
        let atR = binomialDistribution(low, trials: n, rate: p)
        let belowR = binomialDistribution(low - 1, trials: n, rate: p)
        let alpha = (atR - q) / (atR - belowR)
        return min(1, max(0, (low - alpha) / n))
    }

    /// `P(X ≤ k)` for X ~ Binomial(n, p), through `I_{1−p}(n − k, k + 1)`.
    private static func binomialDistribution(_ k: Double, trials n: Double, rate p: Double) -> Double {
        if k < 0 { return 0 }
        if k >= n { return 1 }
        return regularizedIncompleteBeta(1 - p, a: n - k, b: k + 1)
    }
}
