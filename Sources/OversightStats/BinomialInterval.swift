import Foundation

/// A confidence interval for a proportion of successes in trials.
public struct BinomialInterval: Sendable, Equatable {
    public var lower: Double
    public var upper: Double

    /// The Wilson score interval for `successes` of `trials` at the given confidence (95 % by
    /// default); `nil` when there are no trials.
    ///
    /// Wilson's interval stays inside [0, 1] and behaves well for small counts and for rates
    /// near 0 or 1, where the textbook normal interval fails.
    public static func wilson(successes: Double, trials: Double, confidence: Double = 0.95) -> BinomialInterval? {
        guard trials > 0, successes >= 0, successes <= trials else { return nil }
        let z = standardNormalQuantile(1 - (1 - confidence) / 2)
        let p = successes / trials
        let z2 = z * z
        let denominator = 1 + z2 / trials
        let centre = (p + z2 / (2 * trials)) / denominator
        let half = z * (p * (1 - p) / trials + z2 / (4 * trials * trials)).squareRoot() / denominator
        // At 0 or all successes the bound is exactly 0 or 1; rounding must not move it.
        return BinomialInterval(
            lower: successes == 0 ? 0 : max(0, centre - half),
            upper: successes == trials ? 1 : min(1, centre + half))
    }
}

/// The quantile function of the standard normal distribution (Acklam's rational approximation,
/// refined by one Halley step to full double precision).
public func standardNormalQuantile(_ p: Double) -> Double {
    precondition(p > 0 && p < 1, "a probability strictly between 0 and 1")
    let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
             1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00]
    let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
             6.680131188771972e+01, -1.328068155288572e+01]
    let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
             -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00]
    let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
             3.754408661907416e+00]
    let low = 0.02425
    var x: Double
    if p < low {
        let q = (-2 * log(p)).squareRoot()
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    } else if p <= 1 - low {
        let q = p - 0.5
        let r = q * q
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
    } else {
        let q = (-2 * log(1 - p)).squareRoot()
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    }
    // One Halley step on the exact normal distribution function.
    let e = 0.5 * erfc(-x / 2.0.squareRoot()) - p
    let u = e * (2 * Double.pi).squareRoot() * exp(x * x / 2)
    x -= u / (1 + x * u / 2)
    return x
}
