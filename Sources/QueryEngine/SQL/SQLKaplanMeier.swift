import Frame
import OversightStats

/// The `kaplan_meier` step in SQL, as `KaplanMeier` defines it: one row per distinct
/// duration, at risk = subjects with a duration at least that long, S(t) = Π (1 − d/n),
/// Greenwood's Σ d / (n (n − d)) for the cumulative hazard, and the transform's bounds.
enum SQLKaplanMeier {
    /// The subjects: each row's duration as a double and its event flag, rows with either
    /// null left out; a negative or infinite duration stops the statement, as in the engine.
    static func subjects(from source: String, duration: String, event: String) -> String {
        let time = "CAST(\(duration) AS DOUBLE)"
        let checked = "CASE WHEN \(time) >= 0 AND isfinite(\(time)) THEN \(time) "
            + "ELSE error('invalid duration ' || CAST(\(time) AS VARCHAR) || ': durations must be zero or more days') END"
        return "SELECT \(checked) AS time, \(event) AS event FROM \(SQLText.identifier(source)) "
            + "WHERE \(duration) IS NOT NULL AND \(event) IS NOT NULL"
    }

    /// The survival table of `subjects`, in ascending time.
    static func table(of subjects: String, _ options: SurvivalOptions) -> String {
        let z = formatDouble(standardNormalQuantile(1 - (1 - options.confidence) / 2))
        let counts = "SELECT time, count(*) AS subjects, count(*) FILTER (WHERE event) AS events, "
            + "count(*) FILTER (WHERE NOT event) AS censored FROM \(SQLText.identifier(subjects)) GROUP BY time"
        let atRisk = "SELECT time, CAST(sum(subjects) OVER (ORDER BY time DESC ROWS UNBOUNDED PRECEDING) AS BIGINT) AS at_risk, "
            + "events, censored FROM (\(counts))"
        let upToNow = "OVER (ORDER BY time ROWS UNBOUNDED PRECEDING)"
        // An event time where everyone at risk has the event makes the variance infinite.
        let step = "CASE WHEN events = 0 THEN 0.0 WHEN events < at_risk "
            + "THEN CAST(events AS DOUBLE) / (CAST(at_risk AS DOUBLE) * CAST(at_risk - events AS DOUBLE)) ELSE 'inf'::DOUBLE END"
        let estimate = "SELECT *, coalesce(product(CASE WHEN events > 0 THEN 1 - CAST(events AS DOUBLE) / CAST(at_risk AS DOUBLE) END) \(upToNow), 1.0) AS survival, "
            + "sqrt(sum(\(step)) \(upToNow)) AS hazard_error FROM (\(atRisk))"
        let (lower, upper) = bounds(options.transform, z: z)
        let defined = "survival > 0 AND isfinite(hazard_error)"
        return "SELECT row_number() OVER (ORDER BY time) AS __row, time, at_risk, events, censored, survival, "
            + "CASE WHEN isfinite(hazard_error) THEN survival * hazard_error END AS std_error, "
            + "CASE WHEN \(defined) THEN \(lower) END AS lower, CASE WHEN \(defined) THEN \(upper) END AS upper FROM (\(estimate))"
    }

    /// The one-row median of `table`: the first event times at which survival and each bound
    /// are at most ½ (to within 1e-12), with the numbers of subjects and events.
    static func median(of table: String, subjects: String) -> String {
        let half = formatDouble(0.5 + 1e-12)
        func first(_ curve: String) -> String { "min(time) FILTER (WHERE events > 0 AND \(curve) <= \(half))" }
        let from = SQLText.identifier(subjects)
        return "SELECT 1 AS __row, (SELECT count(*) FROM \(from)) AS recommendations, "
            + "(SELECT count(*) FILTER (WHERE event) FROM \(from)) AS events, \(first("survival")) AS median, "
            + "\(first("lower")) AS median_lower, \(first("upper")) AS median_upper FROM \(SQLText.identifier(table))"
    }

    /// The bounds of `SurvivalIntervalTransform`, over `survival` and `hazard_error`.
    private static func bounds(_ transform: SurvivalIntervalTransform, z: String) -> (lower: String, upper: String) {
        switch transform {
        case .log:
            return ("survival * exp(-\(z) * hazard_error)", "least(1.0, survival * exp(\(z) * hazard_error))")
        case .logLog:
            // Undefined at a survival of 1, where log S is 0.
            let spread = "(\(z) * hazard_error / ln(survival))"
            let a = "pow(survival, exp(-\(spread)))", b = "pow(survival, exp(\(spread)))"
            return ("CASE WHEN survival < 1 THEN least(\(a), \(b)) END", "CASE WHEN survival < 1 THEN greatest(\(a), \(b)) END")
        case .plain:
            let half = "(\(z) * survival * hazard_error)"
            return ("greatest(0.0, survival - \(half))", "least(1.0, survival + \(half))")
        }
    }
}
