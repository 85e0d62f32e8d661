/// A function that reduces the values of each group to one value.
///
/// Nulls are ignored by every function but `count`; a group without values gives null, except
/// for the counts, which give 0.
public enum AggregateFunction: Sendable, Hashable {
    /// The number of rows, nulls included.
    case count
    /// The number of non-null values.
    case countValid
    /// The number of rows where a boolean column is true (a conditional count).
    case countTrue
    /// The number of distinct non-null values, as SQL's `count(DISTINCT x)`.
    case countDistinct
    /// The sum; integer for integer input, compensated double for double input.
    case sum
    /// The arithmetic mean of the non-null values.
    case mean
    /// The smallest value.
    case min
    /// The largest value.
    case max
    /// The median, interpolated between the two middle values as DuckDB's `quantile_cont`.
    case median
    /// The quantile at `probability` (0 to 1), interpolated between the two nearest values as
    /// DuckDB's `quantile_cont`: position (*n* − 1)·*p* in the sorted values.
    case quantile(Double)
    /// The sample variance (divisor *n* − 1), as SQL's `var_samp`; null below two values.
    case variance
    /// The sample standard deviation (divisor *n* − 1), as SQL's `stddev_samp`; null below two
    /// values.
    case standardDeviation
    /// The first non-null value in row order (DuckDB's `any_value(x ORDER BY row)`; nulls before
    /// it are skipped, unlike DuckDB's `first`).
    case first
    /// The last non-null value in row order.
    case last
    /// Whether some value of a boolean column is true, as SQL's `bool_or`.
    case any
    /// Whether every value of a boolean column is true, as SQL's `bool_and`.
    case all
    /// The texts joined with `separator`, in row order, as DuckDB's `string_agg`.
    case joined(separator: String)
    /// The Pearson correlation of two numeric columns over the rows where both hold a value,
    /// as SQL's `corr`; null below two such rows or when either column is constant.
    case correlation

    /// The number of columns the function reads: two for `correlation`, one for the others.
    public var argumentCount: Int { self == .correlation ? 2 : 1 }

    /// The name queries and messages use, such as `count_distinct` or `quantile`.
    public var rawValue: String {
        switch self {
        case .count: "count"
        case .countValid: "count_valid"
        case .countTrue: "count_if"
        case .countDistinct: "count_distinct"
        case .sum: "sum"
        case .mean: "mean"
        case .min: "min"
        case .max: "max"
        case .median: "median"
        case .quantile: "quantile"
        case .variance: "variance"
        case .standardDeviation: "stddev"
        case .first: "first"
        case .last: "last"
        case .any: "any"
        case .all: "all"
        case .joined: "string_agg"
        case .correlation: "corr"
        }
    }

    /// Whether the function counts, so that a group without values gives 0 rather than null.
    public var isCount: Bool {
        switch self {
        case .count, .countValid, .countTrue, .countDistinct: true
        default: false
        }
    }

    /// The type of the result for an input of type `input` (each input, for `correlation`),
    /// or `nil` when the function does not apply to that type.
    public func resultType(for input: DataType) -> DataType? {
        switch self {
        case .count, .countValid, .countDistinct: return .int64
        case .countTrue, .any, .all: return input == .bool ? (self == .countTrue ? .int64 : .bool) : nil
        case .sum: return input == .int64 || input == .bool ? .int64 : (input == .double ? .double : nil)
        case .mean, .median, .quantile, .variance, .standardDeviation, .correlation: return input.isNumeric ? .double : nil
        case .min, .max, .first, .last: return input
        case .joined: return input == .string ? .string : nil
        }
    }
}
