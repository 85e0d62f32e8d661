extension KaplanMeier {
    /// The median time to compliance with its confidence interval.
    public struct Median: Sendable, Equatable {
        /// The first time at which survival is at most ½; `nil` if it never gets there.
        public var time: Double?
        /// The first time at which the lower band is at most ½; `nil` if never.
        public var lower: Double?
        /// The first time at which the upper band is at most ½; `nil` if never (the limit is
        /// then "not reached", printed NA by R and `inf` by lifelines).
        public var upper: Double?
    }

    /// The median survival time and its confidence interval (Brookmeyer–Crowley style: the
    /// times where the pointwise bands cross ½).
    ///
    /// The median is the first time at which `S(t) ≤ 0.5` (to within 1e-12, so a product that
    /// should be exactly ½ counts). That is lifelines' rule and the reference oracle's; R's
    /// `survfit` instead takes the midpoint to the next event time when `S` is exactly ½ over
    /// an interval. A band that is undefined (survival has reached 0) never crosses, as in R.
    ///
    ///     try KaplanMeier(durations: t, complied: e).median   // 6-MP arm: time 23, lower 16, upper nil
    public var median: Median {
        Median(
            time: firstTime { $0.survival },
            lower: firstTime { $0.lower },
            upper: firstTime { $0.upper })
    }

    /// The first event time at which `curve` is at most ½.
    private func firstTime(_ curve: (Row) -> Double?) -> Double? {
        rows.first { row in row.events > 0 && curve(row).map { $0 <= 0.5 + 1e-12 } == true }?.time
    }
}
