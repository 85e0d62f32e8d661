/// Half-open age ranges `[a, b)` in days, such as 0–29, 30–89, …, 365+.
///
/// Every age from the first break up belongs to exactly one bucket, and an age of 0 belongs to
/// the first (pandas' `cut` leaves it out unless told otherwise).
public struct AgeingBuckets: Sendable, Equatable {
    /// The lower bound of each bucket, ascending; the last bucket has no upper bound.
    public let breaks: [Int64]

    /// The oversight default: 0–29, 30–89, 90–179, 180–364 and 365+ days.
    public static let standard = AgeingBuckets(breaks: [0, 30, 90, 180, 365])!

    /// Buckets from ascending lower bounds, or `nil` when they are empty or not ascending.
    public init?(breaks: [Int64]) {
        guard !breaks.isEmpty, zip(breaks, breaks.dropFirst()).allSatisfy({ $0 < $1 }) else { return nil }
        self.breaks = breaks
    }

    /// The labels, in order: `0–29`, …, `365+` (an en dash, as printed tables use).
    public var labels: [String] {
        breaks.indices.map { index in
            index + 1 < breaks.count
                ? "\(breaks[index])–\(breaks[index + 1] - 1)" : "\(breaks[index])+"
        }
    }

    /// The bucket of an age, or `nil` when it is below the first break.
    public func index(of age: Int64) -> Int? {
        guard let first = breaks.first, age >= first else { return nil }
        return (breaks.lastIndex { $0 <= age })!
    }
}
