import OversightStats

/// What a `kaplan_meier` step computes: the survival table or its median, with which interval.
public struct SurvivalOptions: Sendable, Equatable {
    /// Whether the step gives one row with the median time and its interval, instead of the table.
    public var median: Bool
    /// The transform of the Greenwood interval (`log` by default, as R's survival package).
    public var transform: SurvivalIntervalTransform
    /// The confidence level of the intervals.
    public var confidence: Double

    /// The columns the step produces.
    public var schema: Schema {
        median
            ? Schema([.init("recommendations", .int64), .init("events", .int64), .init("median", .double),
                      .init("median_lower", .double), .init("median_upper", .double)])
            : Schema([.init("time", .double), .init("at_risk", .int64), .init("events", .int64),
                      .init("censored", .int64), .init("survival", .double), .init("std_error", .double),
                      .init("lower", .double), .init("upper", .double)])
    }
}
