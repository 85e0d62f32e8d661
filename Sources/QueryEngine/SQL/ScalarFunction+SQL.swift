import Frame
import OversightStats

extension ScalarFunction {
    /// The call as DuckDB SQL over already translated arguments.
    func sql(_ args: [String], types: [DataType], options: FunctionOptions) throws(SQLEmissionError) -> String {
        switch name {
        case "least", "greatest":
            // DuckDB's least and greatest skip nulls; ours give null when either is null.
            return "(CASE WHEN \(args[0]) IS NULL OR \(args[1]) IS NULL THEN NULL ELSE \(name)(\(args[0]), \(args[1])) END)"
        case "round":
            return "round(CAST(\(args[1]) AS DOUBLE), CAST(\(args[0]) AS INTEGER))"
        case "abs":
            return "abs(\(args[0]))"
        case "add_days":
            return "(\(args[0]) + CAST(\(args[1]) AS INTEGER))"
        case "add_months":
            return "CAST(\(args[0]) + to_months(CAST(\(args[1]) AS INTEGER)) AS DATE)"
        case "days_between":
            return "(\(args[1]) - \(args[0]))"
        case "year", "month", "quarter":
            return "\(name)(\(args[0]))"
        case "quarter_start":
            // The CASE keeps DuckDB 1.4 from folding `DATE '…' = date_trunc('quarter', NULL)` to false.
            return "(CASE WHEN \(args[0]) IS NOT NULL THEN CAST(date_trunc('quarter', \(args[0])) AS DATE) END)"
        case "quarter_label":
            let letter = String(options.text("letter", "Q").first ?? "Q")
            return "(CAST(year(\(args[0])) AS VARCHAR) || \(SQLText.string("-" + letter)) || CAST(quarter(\(args[0])) AS VARCHAR))"
        case "lower", "upper", "contains":
            return "\(name)(\(args.joined(separator: ", ")))"
        case "text_length":
            return "length(\(args[0]))"
        case "wilson_low", "wilson_high":
            return ScalarFunction.wilson(args[0], args[1], upper: name == "wilson_high", confidence: options.number("confidence", 0.95))
        case "bucket", "bucket_order":
            let buckets = FunctionRegistry.ageingBuckets(options) ?? .standard
            let labels = buckets.labels
            let arms = buckets.breaks.indices.reversed().map { index in
                let value = name == "bucket" ? SQLText.string(labels[index]) : String(index + 1)
                return "WHEN \(args[0]) >= \(buckets.breaks[index]) THEN \(value)"
            }
            return "(CASE \(arms.joined(separator: " ")) END)"
        default:
            throw SQLEmissionError("the function '\(name)' has no SQL translation yet")
        }
    }

    /// The Wilson score interval's bound, written out with z computed here; null outside
    /// 0 ≤ successes ≤ trials, trials > 0, and exact at 0 and at all successes.
    private static func wilson(_ successes: String, _ trials: String, upper: Bool, confidence: Double) -> String {
        let z = standardNormalQuantile(1 - (1 - confidence) / 2)
        let x = "CAST(\(successes) AS DOUBLE)", n = "CAST(\(trials) AS DOUBLE)"
        let p = "(\(x) / \(n))"
        let z2 = formatDouble(z * z)
        let centre = "(\(p) + \(z2) / (2 * \(n)))"
        let half = "\(formatDouble(z)) * sqrt(\(p) * (1 - \(p)) / \(n) + \(z2) / (4 * \(n) * \(n)))"
        let bound = upper
            ? "CASE WHEN \(x) = \(n) THEN 1.0 ELSE least(1.0, (\(centre) + \(half)) / (1 + \(z2) / \(n))) END"
            : "CASE WHEN \(x) = 0 THEN 0.0 ELSE greatest(0.0, (\(centre) - \(half)) / (1 + \(z2) / \(n))) END"
        return "(CASE WHEN \(n) > 0 AND \(x) >= 0 AND \(x) <= \(n) THEN \(bound) END)"
    }
}
