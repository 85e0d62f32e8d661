import Frame
import OversightStats

extension DataFrame {
    /// The Kaplan–Meier table (or its median) of durations and event flags; rows with a null
    /// duration or flag are left out.
    static func survival(durations: AnyColumn, events: Column<Bool>, options: SurvivalOptions) throws -> DataFrame {
        guard let days = durations.doubles else { preconditionFailure("the binder checks for numbers") }
        var times: [Double] = []
        var flags: [Bool] = []
        for row in 0..<days.count {
            guard let time = days[row], let flag = events[row] else { continue }
            times.append(time)
            flags.append(flag)
        }
        let estimate: KaplanMeier
        do {
            estimate = try KaplanMeier(durations: times, complied: flags, confidence: options.confidence, transform: options.transform)
        } catch {
            throw InputValueError("\(error)", hint: "durations must be zero or more days")
        }
        if options.median {
            let median = estimate.median
            return try DataFrame(columns: [
                AnyColumn(name: "recommendations", Column<Int64>(values: [Int64(times.count)])),
                AnyColumn(name: "events", Column<Int64>(values: [Int64(flags.filter { $0 }.count)])),
                AnyColumn(name: "median", Column<Double>([median.time])),
                AnyColumn(name: "median_lower", Column<Double>([median.lower])),
                AnyColumn(name: "median_upper", Column<Double>([median.upper])),
            ])
        }
        let rows = estimate.rows
        return try DataFrame(columns: [
            AnyColumn(name: "time", Column<Double>(values: rows.map(\.time))),
            AnyColumn(name: "at_risk", Column<Int64>(values: rows.map { Int64($0.atRisk) })),
            AnyColumn(name: "events", Column<Int64>(values: rows.map { Int64($0.events) })),
            AnyColumn(name: "censored", Column<Int64>(values: rows.map { Int64($0.censored) })),
            AnyColumn(name: "survival", Column<Double>(values: rows.map(\.survival))),
            AnyColumn(name: "std_error", Column<Double>(rows.map(\.standardError))),
            AnyColumn(name: "lower", Column<Double>(rows.map(\.lower))),
            AnyColumn(name: "upper", Column<Double>(rows.map(\.upper))),
        ])
    }
}
