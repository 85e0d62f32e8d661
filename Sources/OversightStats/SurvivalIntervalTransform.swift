import Foundation

/// The scale on which a Kaplan–Meier confidence interval is symmetric.
///
/// Greenwood's formula gives the variance of the cumulative hazard `H = −log S`; each
/// transform turns `H ± z·se(H)` back into bounds for `S`:
///
/// - `log` (R `survival`'s default, `conf.type = "log"`): `S·exp(∓z·se)`, cut at 1.
/// - `logLog` (lifelines' and SAS's default): `S^exp(±z·se / log S)`, always inside (0, 1).
/// - `plain` (the textbook interval): `S ∓ z·S·se`, cut to [0, 1].
///
/// The engine's default is `log`, as in R: it is what most published survival tables in the
/// social sciences were computed with, so a reader reproducing a figure with R's `survfit`
/// gets the same bounds without changing an option. `logLog` has slightly better coverage in
/// small samples and is one option away.
///
///     try KaplanMeier(durations: [3, 5, 8], complied: [true, false, true], transform: .logLog)
public enum SurvivalIntervalTransform: String, Sendable, CaseIterable {
    /// Symmetric on the log-survival scale (R's default).
    case log
    /// Symmetric on the log(−log) scale (lifelines' and SAS's default).
    case logLog
    /// Symmetric on the survival scale itself.
    case plain

    /// The transform used when none is named: `log`, as R's `survfit`.
    public static let `default` = SurvivalIntervalTransform.log

    /// The bounds for a survival probability `survival` whose cumulative hazard has standard
    /// error `hazardError`, at the normal quantile `z`; `nil` where the transform is undefined
    /// (a survival of 0, or of 1 on the log-log scale), as R leaves them NA.
    ///
    /// - Parameters:
    ///   - survival: The estimate `S`, in [0, 1].
    ///   - hazardError: Greenwood's standard error of `−log S`.
    ///   - z: The two-sided normal quantile of the confidence level.
    /// - Returns: The lower and upper bounds, or `nil`.
    public func bounds(survival: Double, hazardError: Double, z: Double) -> (lower: Double, upper: Double)? {
        guard survival > 0, hazardError.isFinite else { return nil }
        switch self {
        case .log:
            return (survival * exp(-z * hazardError), min(1, survival * exp(z * hazardError)))
        case .logLog:
            guard survival < 1 else { return nil }
            let spread = z * hazardError / Foundation.log(survival)
            let a = pow(survival, exp(-spread))
            let b = pow(survival, exp(spread))
            return (min(a, b), max(a, b))
        case .plain:
            let half = z * survival * hazardError
            return (max(0, survival - half), min(1, survival + half))
        }
    }
}
