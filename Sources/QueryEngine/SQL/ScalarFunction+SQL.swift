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
        case "year", "month", "quarter", "day", "dayofyear", "week", "isoyear", "isodow", "dayofweek":
            return "\(name)(\(args[0]))"
        case "date_trunc":
            return ScalarFunction.truncation(args[0], part: options.text("part", "month"), fiscalStart: Int(options.number("fiscal_start", 1)))
        case "date_diff":
            return "date_diff(\(SQLText.string(options.text("part", "day"))), \(args[0]), \(args[1]))"
        case "quarter_start":
            // The CASE keeps DuckDB 1.4 from folding `DATE '…' = date_trunc('quarter', NULL)` to false.
            return "(CASE WHEN \(args[0]) IS NOT NULL THEN CAST(date_trunc('quarter', \(args[0])) AS DATE) END)"
        case "quarter_label":
            let letter = String(options.text("letter", "Q").first ?? "Q")
            return "(CAST(year(\(args[0])) AS VARCHAR) || \(SQLText.string("-" + letter)) || CAST(quarter(\(args[0])) AS VARCHAR))"
        case "lower", "upper", "strip_accents", "trim", "contains", "starts_with", "ends_with", "replace":
            return "\(name)(\(args.joined(separator: ", ")))"
        case "substring", "split_part":
            // A count can be HUGEINT in DuckDB, which these do not take.
            let typed = zip(args, types).map { $1 == .int64 ? "CAST(\($0) AS BIGINT)" : $0 }
            return "\(name)(\(typed.joined(separator: ", ")))"
        case "fold":
            return "lower(strip_accents(\(args[0])))"
        case "trim_start", "trim_end":
            return "\(name == "trim_start" ? "ltrim" : "rtrim")(\(args[0]))"
        case "length", "text_length":
            return "length(\(args[0]))"
        case "concat":
            // concat skips nulls; || gives null, as the engine does.
            return "(\(args.joined(separator: " || ")))"
        case "as", "try_as":
            let word = options.text("type", "text")
            return ScalarFunction.conversion(args[0], from: types[0], to: word, strict: name == "as")
        case "in":
            guard case .list(let values)? = options.values["values"] else { preconditionFailure("the binder gives the list") }
            return "(\(args[0]) IN (\(values.map { SQLText.literal($0, type: $0.dataType ?? types[0]) }.joined(separator: ", "))))"
        case "wilson_low", "wilson_high":
            return ScalarFunction.wilson(args[0], args[1], upper: name == "wilson_high", confidence: options.number("confidence", 0.95))
        case "ci_low", "ci_high":
            let method = options.text("method", "wilson")
            guard method == "wilson" else {
                guard method == "clopper_pearson" || method == "jeffreys" else {
                    throw SQLEmissionError("unknown interval method '\(method)'")
                }
                throw SQLEmissionError("\(name) method:\"\(method)\" has no SQL translation: its bounds are beta quantiles, and DuckDB has no inverse incomplete beta function")
            }
            return ScalarFunction.wilson(args[0], args[1], upper: name == "ci_high", confidence: options.number("confidence", 0.95))
        case "shrunken_rate":
            return ScalarFunction.shrunkenRateSQL(args)
        case "funnel_low", "funnel_high":
            return try ScalarFunction.funnelLimitSQL(args, upper: name == "funnel_high", options: options)
        case "status":
            return try ScalarFunction.statusSQL(args[0], options: options)
        case "is_closed":
            return try ScalarFunction.isClosedSQL(args[0], options: options)
        case "facility_id":
            return ScalarFunction.facilityIDSQL(args[0])
        case "facility_name":
            return ScalarFunction.facilityNameSQL(args[0])
        case "fiscal_quarter_start":
            return ScalarFunction.truncation(args[0], part: "quarter", fiscalStart: ScalarFunction.fiscalStart(options, "start_month"))
        case "fiscal_quarter_label":
            let letter = String(options.text("letter", "Q").first ?? "Q")
            return ScalarFunction.fiscalQuarterLabel(args[0], letter: letter, fiscalStart: ScalarFunction.fiscalStart(options, "start_month"))
        case "period_label":
            return ScalarFunction.periodLabel(args[0], part: options.text("part", "quarter"), spanish: options.text("language", "en") == "es",
                                              fiscalStart: ScalarFunction.fiscalStart(options, "fiscal_start"))
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

    /// The first day of the unit holding the date. A fiscal quarter or year is the calendar one
    /// of the date moved back to January, then moved forward again.
    private static func truncation(_ date: String, part: String, fiscalStart: Int) -> String {
        let shift = fiscalStart - 1
        let truncated = shift == 0
            ? "date_trunc('\(part)', \(date))"
            : "(date_trunc('\(part)', \(date) - INTERVAL \(shift) MONTH) + INTERVAL \(shift) MONTH)"
        // The CASE keeps DuckDB from folding a comparison with a truncated null to false.
        return "(CASE WHEN \(date) IS NOT NULL THEN CAST(\(truncated) AS DATE) END)"
    }

    /// A fiscal year's first month from an option; anything but 1–12 gives the calendar year,
    /// as the engine's `FiscalCalendar` does.
    private static func fiscalStart(_ options: FunctionOptions, _ option: String) -> Int {
        let month = options.number(option, 1)
        return month == month.rounded() && (1...12).contains(month) ? Int(month) : 1
    }

    /// `2025-Q1`: the fiscal quarter's number and the year its fiscal year ends in. The date
    /// moved back to January falls in the fiscal year's first calendar year and in the
    /// fiscal quarter's number.
    private static func fiscalQuarterLabel(_ date: String, letter: String, fiscalStart: Int) -> String {
        let shift = fiscalStart - 1
        let moved = shift == 0 ? date : "CAST(\(date) - INTERVAL \(shift) MONTH AS DATE)"
        let year = shift == 0 ? "year(\(moved))" : "(year(\(moved)) + 1)"
        return "(CAST(\(year) AS VARCHAR) || \(SQLText.string("-" + letter)) || CAST(quarter(\(moved)) AS VARCHAR))"
    }

    /// `period_label`: `2024`, `2024-Q3`, `2024-03`, `2024-W09` (`T` and `S` in Spanish);
    /// years and quarters follow the fiscal year.
    private static func periodLabel(_ date: String, part: String, spanish: Bool, fiscalStart: Int) -> String {
        switch part {
        case "year":
            let moved = fiscalStart == 1 ? date : "CAST(\(date) - INTERVAL \(fiscalStart - 1) MONTH AS DATE)"
            return "CAST(\(fiscalStart == 1 ? "year(\(moved))" : "(year(\(moved)) + 1)") AS VARCHAR)"
        case "month":
            return "(CAST(year(\(date)) AS VARCHAR) || '-' || lpad(CAST(month(\(date)) AS VARCHAR), 2, '0'))"
        case "week":
            return "(CAST(isoyear(\(date)) AS VARCHAR) || '-\(spanish ? "S" : "W")' || lpad(CAST(week(\(date)) AS VARCHAR), 2, '0'))"
        default:
            return fiscalQuarterLabel(date, letter: spanish ? "T" : "Q", fiscalStart: fiscalStart)
        }
    }

    /// A conversion with the engine's rules spelt out: text must look like the number or ISO
    /// date it converts to (DuckDB's CAST also reads hexadecimal, `1_000`, `2024/01/05`…), and
    /// a non-finite double is null. `strict` raises DuckDB's error() where the engine stops.
    private static func conversion(_ x: String, from source: DataType, to word: String, strict: Bool) -> String {
        let target = FunctionRegistry.conversionTargets[word]!
        if source == target { return x }
        let cast = strict ? "CAST" : "TRY_CAST"
        guard source == .string, target != .string else {
            let converted = "\(cast)(\(x) AS \(SQLText.type(target)))"
            return target == .double ? "(CASE WHEN isfinite(\(converted)) THEN \(converted) END)" : converted
        }
        let space = "[\\t\\n\\v\\f\\r ]*"
        let shape = switch target {
        case .int64: "[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)"
        case .double: "[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?"
        default: "[0-9]{4}-[0-9]{2}-[0-9]{2}"
        }
        let matches = "regexp_full_match(\(x), '\(space)\(shape)\(space)')"
        let failure = strict ? "error('cannot convert ''' || \(x) || ''' to \(word)')" : "NULL"
        let converted = "\(cast)((CASE WHEN \(matches) THEN \(x) END) AS \(SQLText.type(target)))"
        let value = target == .double ? "(CASE WHEN isfinite(\(converted)) THEN \(converted) END)" : converted
        return "(CASE WHEN \(x) IS NULL THEN NULL WHEN \(matches) THEN \(value) ELSE \(failure) END)"
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
