import Frame
import OversightStats

extension FunctionRegistry {
    /// `shrunken_rate` once bound: successes, trials, and the mean and sample variance of the
    /// raw rates over the table or group, which the binder supplies as aggregates.
    static let shrinkage = function(
        "shrunken_rate", "The empirical-Bayes (beta-binomial) shrunken rate of successes of trials, with the prior fitted by the method of moments to the rates of every row of the table or group.",
        [("successes", numbers), ("trials", numbers), ("mean", numbers), ("variance", numbers)], returns: { _ in .double },
        kernel: { args, _ in
            RowWise.doubles(args[0].count) { row in
                guard let x = args[0].double(at: row), let n = args[1].double(at: row), n >= 0,
                    let mean = args[2].double(at: row), let variance = args[3].double(at: row),
                    let prior = BetaBinomialPrior.moments(mean: mean, variance: variance)
                else { return nil }
                return prior.shrunkenRate(successes: x, trials: n)
            }
        })

    /// `funnel_low` and `funnel_high` once bound: a denominator and the target rate, which the
    /// binder takes from `p:` or computes as Σ successes / Σ trials over the table or group.
    static func funnelLimit(upper: Bool) -> ScalarFunction {
        function(
            upper ? "funnel_high" : "funnel_low",
            "The \(upper ? "upper" : "lower") funnel-plot control limit at a denominator for a target rate: `level:0.95`, `method:\"normal\"` or \"exact\".",
            [("trials", numbers), ("target", numbers)],
            options: ["level": .value(.double(0.95)), "method": .value(.string("normal"))], returns: { _ in .double },
            kernel: { args, options in
                let level = options.number("level", 0.95)
                let method: FunnelLimitMethod = options.text("method", "normal") == "exact" ? .exactBinomial : .normal
                return RowWise.doubles(args[0].count) { row in
                    guard let n = args[0].double(at: row), n > 0, let p = args[1].double(at: row), p >= 0, p <= 1 else { return nil }
                    let limits = FunnelLimits(target: p, trials: n, level: level, method: method)
                    return upper ? limits.upper : limits.lower
                }
            })
    }

    /// `period_label`: the label of a date's year, quarter, month or ISO week.
    static let periodLabel = function(
        "period_label", "The label of the year, quarter, month or ISO week of a date: 2024, 2024-Q3, 2024-03, 2024-W09; `language:\"es\"` gives 2024-T3 and 2024-S09; `fiscal_start:7` names years and quarters by a fiscal year starting in July.",
        word: WordParameter(name: "part", words: PeriodPart.allCases.map(\.rawValue)), [("date", [.date])],
        options: ["language": .value(.string("en")), "fiscal_start": .value(.int(1))],
        check: { _, options in
            let start = options.number("fiscal_start", 1)
            guard ["en", "es"].contains(options.text("language", "en")) else { return SignatureMismatch("language:\"en\" or language:\"es\"") }
            guard start == start.rounded(), FiscalCalendar(startMonth: Int(start)) != nil else { return SignatureMismatch("fiscal_start: a month, 1 to 12") }
            let part = PeriodPart(rawValue: options.text("part", "quarter")) ?? .quarter
            guard start == 1 || part.followsFiscalYear else { return SignatureMismatch("fiscal_start: only with year or quarter; months and weeks are calendar periods") }
            return nil
        },
        returns: { _ in .string },
        kernel: { args, options in
            let part = PeriodPart(rawValue: options.text("part", "quarter")) ?? .quarter
            let spanish = options.text("language", "en") == "es"
            let calendar = FiscalCalendar(startMonth: Int(options.number("fiscal_start", 1))) ?? .calendarYear
            return RowWise.strings(args[0].count) { args[0].day(at: $0).map { part.label(of: $0, spanish: spanish, calendar: calendar) } }
        })
}
