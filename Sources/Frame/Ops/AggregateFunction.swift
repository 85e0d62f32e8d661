/// A function that reduces the values of each group to one value.
public enum AggregateFunction: String, Sendable, CaseIterable {
    /// The number of rows, nulls included.
    case count
    /// The number of non-null values.
    case countValid = "count_valid"
    /// The number of rows where a boolean column is true (a conditional count).
    case countTrue = "count_true"
    /// The sum; integer for integer input, compensated double for double input; null when the
    /// group has no values.
    case sum
    /// The arithmetic mean of the non-null values.
    case mean
    /// The smallest value.
    case min
    /// The largest value.
    case max
    /// The median, interpolated between the two middle values as DuckDB's `quantile_cont`.
    case median

    /// The type of the result for an input of type `input`, or `nil` when the function does
    /// not apply to that type.
    public func resultType(for input: DataType) -> DataType? {
        switch self {
        case .count, .countValid: return .int64
        case .countTrue: return input == .bool ? .int64 : nil
        case .sum: return input == .int64 || input == .bool ? .int64 : (input == .double ? .double : nil)
        case .mean, .median: return input.isNumeric ? .double : nil
        case .min, .max: return input
        }
    }
}
