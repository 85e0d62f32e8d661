import Frame
import OversightStats

extension ScalarFunction {
    /// `shrunken_rate` over successes, trials and the rates' mean and sample variance: the
    /// beta-binomial prior by the method of moments, (x + α) / (n + α + β) with α + β =
    /// mean (1 − mean) / variance − 1; null where the prior is undefined or trials < 0.
    static func shrunkenRateSQL(_ args: [String]) -> String {
        let x = "CAST(\(args[0]) AS DOUBLE)", n = "CAST(\(args[1]) AS DOUBLE)"
        let mean = "CAST(\(args[2]) AS DOUBLE)", variance = "CAST(\(args[3]) AS DOUBLE)"
        let total = "(\(mean) * (1 - \(mean)) / \(variance) - 1)"
        let defined = "\(n) >= 0 AND \(variance) > 0 AND \(mean) > 0 AND \(mean) < 1 AND \(total) > 0"
        return "(CASE WHEN \(defined) THEN (\(x) + \(mean) * \(total)) / (\(n) + \(total)) END)"
    }

    /// `funnel_low` / `funnel_high` at a denominator for a target rate: the normal
    /// approximation p ± z √(p (1 − p) / n), cut to [0, 1]; null unless n > 0 and 0 ≤ p ≤ 1.
    static func funnelLimitSQL(_ args: [String], upper: Bool, options: FunctionOptions) throws(SQLEmissionError) -> String {
        guard options.text("method", "normal") == "normal" else {
            throw SQLEmissionError("funnel limits with method:\"exact\" have no SQL translation: they invert the binomial distribution, and DuckDB has no incomplete beta function")
        }
        let level = options.number("level", 0.95)
        let z = formatDouble(standardNormalQuantile(1 - (1 - level) / 2))
        let n = "CAST(\(args[0]) AS DOUBLE)", p = "CAST(\(args[1]) AS DOUBLE)"
        let half = "\(z) * sqrt(\(p) * (1 - \(p)) / \(n))"
        let limit = upper ? "least(1.0, \(p) + \(half))" : "greatest(0.0, \(p) - \(half))"
        return "(CASE WHEN \(n) > 0 AND \(p) >= 0 AND \(p) <= 1 THEN \(limit) END)"
    }
}
