/// A running sum of doubles with Neumaier's compensation, so long sums keep their last digits.
public struct CompensatedSum: Sendable {
    private var sum = 0.0
    private var compensation = 0.0

    public init() {}

    /// Adds a value.
    public mutating func add(_ value: Double) {
        let total = sum + value
        if abs(sum) >= abs(value) {
            compensation += (sum - total) + value
        } else {
            compensation += (value - total) + sum
        }
        sum = total
    }

    /// The sum so far.
    public var value: Double { sum + compensation }
}

extension CompensatedSum {
    /// Adds another running sum, as when two threads each summed part of the values.
    public mutating func add(_ other: CompensatedSum) {
        add(other.sum)
        compensation += other.compensation
    }
}
