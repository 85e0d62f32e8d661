import Frame

extension FunctionRegistry {
    static let calendar: [ScalarFunction] = [
        field("year", "The calendar year of a date.", .year),
        field("quarter", "The calendar quarter of a date, 1–4.", .quarter),
        field("month", "The month of a date, 1–12.", .month),
        field("day", "The day of the month, 1–31.", .day),
        field("dayofyear", "The day of the year, 1–366.", .dayOfYear),
        field("week", "The ISO week, 1–53: weeks start on Monday and week 1 holds the year's first Thursday.", .isoWeek),
        field("isoyear", "The year of the ISO week: 2021-01-01 is in week 53 of 2020.", .isoYear),
        field("isodow", "The ISO day of the week: 1 Monday … 7 Sunday.", .isoDayOfWeek),
        field("dayofweek", "The day of the week from Sunday: 0 Sunday … 6 Saturday.", .dayOfWeek),
        function(
            "date_trunc", "The first day of the week (Monday), month, quarter or year of a date; `fiscal_start:7` starts quarters and years in July.",
            word: WordParameter(name: "part", words: ["week", "month", "quarter", "year"]), [("date", [.date])],
            options: ["fiscal_start": .value(.int(1))],
            check: { _, options in
                let start = options.number("fiscal_start", 1)
                guard start == start.rounded(), (1...12).contains(start) else {
                    return SignatureMismatch("fiscal_start to be a month, 1–12")
                }
                let part = options.text("part", "month")
                if start != 1 && part != "quarter" && part != "year" {
                    return SignatureMismatch("fiscal_start only with quarter or year, not \(part)")
                }
                return nil
            },
            returns: { _ in .date },
            kernel: { args, options in
                let unit = CalendarUnit(rawValue: options.text("part", "month"))!
                return AnyColumn(name: "", unit.truncate(dates(args[0]), fiscalStart: Int(options.number("fiscal_start", 1))))
            }),
        function(
            "date_diff", "The number of day, week, month, quarter or year boundaries from the first date to the second: `date_diff month opened_on closed_on`.",
            word: WordParameter(name: "part", words: ["day", "week", "month", "quarter", "year"]),
            [("from", [.date]), ("to", [.date])], returns: { _ in .int64 },
            kernel: { args, options in
                let unit = CalendarUnit(rawValue: options.text("part", "day"))!
                return AnyColumn(name: "", unit.difference(from: dates(args[0]), to: dates(args[1])))
            }),
    ]

    private static func field(_ name: String, _ summary: String, _ field: CalendarField) -> ScalarFunction {
        function(
            name, summary, [("date", [.date])], returns: { _ in .int64 },
            kernel: { args, _ in AnyColumn(name: "", field.apply(dates(args[0]))) })
    }
}
