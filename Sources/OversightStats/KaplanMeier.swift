/// The Kaplan–Meier estimate of time to compliance, with Greenwood standard errors and
/// pointwise confidence intervals.
///
/// Each subject is a duration in days (issue to compliance, or issue to the as-of date for a
/// recommendation still open) and a flag saying whether compliance was observed (`true`) or
/// the subject is censored at that duration (`false`). At each distinct duration `t` the
/// table has the number at risk `n` (durations ≥ t), the events `d` and the censorings there;
/// survival is `S(t) = Π (1 − d/n)` over event times up to `t`. Censorings at `t` count as
/// at risk at `t`, as in R's `survfit` and lifelines.
///
/// Greenwood's variance of the cumulative hazard is `Σ d / (n (n − d))`; the standard error
/// reported for `S` is `S·√(that sum)`, as R's `summary.survfit` prints it. The bounds use
/// `transform` (default `log`, R's; see `SurvivalIntervalTransform`).
///
///     let km = try KaplanMeier(durations: [6, 6, 7, 10], complied: [true, false, true, true])
///     km.rows[0].survival     // 0.75
///     km.median.time          // 7 (survival 0.375 there)
///
/// - Complexity: O(n log n) for n subjects.
public struct KaplanMeier: Sendable {
    /// One distinct duration of the survival table.
    public struct Row: Sendable, Equatable {
        /// The duration, in days.
        public var time: Double
        /// The number of subjects with a duration at least `time`.
        public var atRisk: Int
        /// The number that complied at `time`.
        public var events: Int
        /// The number censored at `time`.
        public var censored: Int
        /// The survival estimate just after `time`: the share not yet complied.
        public var survival: Double
        /// Greenwood's standard error of `survival`; `nil` once survival has reached 0.
        public var standardError: Double?
        /// The lower confidence bound; `nil` where the transform is undefined.
        public var lower: Double?
        /// The upper confidence bound; `nil` where the transform is undefined.
        public var upper: Double?
    }

    /// Every distinct duration, in ascending order, including those with only censorings.
    public let rows: [Row]
    /// The confidence level of the bounds.
    public let confidence: Double
    /// The interval transform of the bounds.
    public let transform: SurvivalIntervalTransform

    /// Estimates the survival curve of `durations` with their compliance flags.
    ///
    /// - Parameters:
    ///   - durations: Days from issue to compliance or censoring, non-negative and finite.
    ///   - complied: `true` where compliance was observed, `false` where censored.
    ///   - confidence: The level of the pointwise intervals, 95 % by default.
    ///   - transform: The interval transform, `log` by default.
    /// - Throws: `KaplanMeierError` when the inputs differ in length or a duration is invalid.
    public init(
        durations: [Double], complied: [Bool], confidence: Double = 0.95,
        transform: SurvivalIntervalTransform = .default
    ) throws(KaplanMeierError) {
        guard durations.count == complied.count else {
            throw .lengthMismatch(durations: durations.count, flags: complied.count)
        }
        if let row = durations.firstIndex(where: { !($0 >= 0 && $0.isFinite) }) {
            throw .invalidDuration(durations[row], row: row)
        }
        let z = standardNormalQuantile(1 - (1 - confidence) / 2)
        let order = durations.indices.sorted { durations[$0] < durations[$1] }
        var rows: [Row] = []
        var survival = 1.0
        var hazardVariance = 0.0
        var position = 0
        while position < order.count {
            let time = durations[order[position]]
            let atRisk = order.count - position
            var events = 0
            var end = position
            while end < order.count && durations[order[end]] == time {
                if complied[order[end]] { events += 1 }
                end += 1
            }
            if events > 0 {
                survival *= 1 - Double(events) / Double(atRisk)
                hazardVariance += events < atRisk
                    ? Double(events) / (Double(atRisk) * Double(atRisk - events)) : .infinity
            }
            let hazardError = hazardVariance.squareRoot()
            let bounds = transform.bounds(survival: survival, hazardError: hazardError, z: z)
            rows.append(Row(
                time: time, atRisk: atRisk, events: events, censored: end - position - events,
                survival: survival, standardError: hazardError.isFinite ? survival * hazardError : nil,
                lower: bounds?.lower, upper: bounds?.upper))
            position = end
        }
        self.rows = rows
        self.confidence = confidence
        self.transform = transform
    }
}
