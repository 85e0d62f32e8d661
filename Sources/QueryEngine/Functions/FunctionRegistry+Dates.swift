import Frame
import OversightStats

extension FunctionRegistry {
    static let dates: [ScalarFunction] = [
        function(
            "add_days", "The date a number of days later: `add_days issued_on 56`.",
            [("date", [.date]), ("days", [.int64])], returns: { _ in .date },
            kernel: { args, _ in try ArithmeticOperator.add.apply(args[0], args[1]) }),
        function(
            "add_months", "The same day some months later, clamped to the month's end.",
            [("date", [.date]), ("months", [.int64])], returns: { _ in .date },
            kernel: { args, _ in
                guard case .date(let dates) = args[0].storage, case .int64(let months) = args[1].storage else {
                    preconditionFailure("the signature checks a date and an integer")
                }
                return AnyColumn(name: "", dates.addingMonths(months))
            }),
        function(
            "days_between", "The days from the first date to the second: `days_between due_on as_of`.",
            [("from", [.date]), ("to", [.date])], returns: { _ in .int64 },
            kernel: { args, _ in try ArithmeticOperator.subtract.apply(args[1], args[0]) }),
        function(
            "quarter_start", "The first day of the date's calendar quarter (quarters are [start, end)).",
            [("date", [.date])], returns: { _ in .date },
            kernel: { args, _ in AnyColumn(name: "", CalendarUnit.quarter.truncate(dates(args[0]))) }),
        function(
            "quarter_label", "The quarter's label, `2024-Q3`; `letter:T` gives the Spanish `2024-T3`.",
            [("date", [.date])], options: ["letter": .value(.string("Q"))], returns: { _ in .string },
            kernel: { args, options in
                let letter = options.text("letter", "Q").first ?? "Q"
                return RowWise.strings(args[0].count) { args[0].day(at: $0).map { QuarterLabel.label(of: $0, letter: letter) } }
            }),
    ]

    /// The dates of a date column.
    static func dates(_ column: AnyColumn) -> Column<Day> {
        guard case .date(let dates) = column.storage else { preconditionFailure("the signature checks a date") }
        return dates
    }
}
