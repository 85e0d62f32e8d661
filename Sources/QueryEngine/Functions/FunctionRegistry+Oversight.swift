import Frame
import OversightStats

extension FunctionRegistry {
    static let oversight: [ScalarFunction] = [
        wilson("wilson_low", "The lower bound of the Wilson score interval for successes of trials.", \.lower),
        wilson("wilson_high", "The upper bound of the Wilson score interval for successes of trials.", \.upper),
        function(
            "bucket", "The ageing bucket of a number of days: `0–29`, `30–89`, `90–179`, `180–364`, `365+` by default; `breaks:[0, 30, 90]` sets other lower bounds.",
            [("days", [.int64])], options: ["breaks": .list(AgeingBuckets.standard.breaks.map(Value.int))],
            returns: { _ in .string },
            kernel: { args, options in
                let buckets = ageingBuckets(options) ?? .standard
                let labels = buckets.labels
                return RowWise.strings(args[0].count) { row in
                    args[0].integer(at: row).flatMap(buckets.index(of:)).map { labels[$0] }
                }
            }),
        function(
            "bucket_order", "The position (1, 2, …) of a number of days' ageing bucket, for sorting buckets.",
            [("days", [.int64])], options: ["breaks": .list(AgeingBuckets.standard.breaks.map(Value.int))],
            returns: { _ in .int64 },
            kernel: { args, options in
                let buckets = ageingBuckets(options) ?? .standard
                return RowWise.integers(args[0].count) { row in
                    args[0].integer(at: row).flatMap(buckets.index(of:)).map { Int64($0 + 1) }
                }
            }),
        periodLabel,
    ]

    private static func wilson(
        _ name: String, _ summary: String, _ bound: KeyPath<BinomialInterval, Double> & Sendable
    ) -> ScalarFunction {
        function(
            name, summary, [("successes", numbers), ("trials", numbers)],
            options: ["confidence": .value(.double(0.95))], returns: { _ in .double },
            kernel: { args, options in
                let confidence = options.number("confidence", 0.95)
                return RowWise.doubles(args[0].count) { row in
                    guard let x = args[0].double(at: row), let n = args[1].double(at: row) else { return nil }
                    return BinomialInterval.wilson(successes: x, trials: n, confidence: confidence)?[keyPath: bound]
                }
            })
    }

    static func ageingBuckets(_ options: FunctionOptions) -> AgeingBuckets? {
        guard case .list(let values) = options.values["breaks"] else { return nil }
        let breaks = values.compactMap { v -> Int64? in if case .int(let i) = v { i } else { nil } }
        return breaks.count == values.count ? AgeingBuckets(breaks: breaks) : nil
    }
}
