/// Inputs a Kaplan–Meier estimate cannot use.
public enum KaplanMeierError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The durations and the compliance flags have different lengths.
    case lengthMismatch(durations: Int, flags: Int)
    /// A duration is negative, infinite or not a number; `row` is its 0-based index.
    case invalidDuration(Double, row: Int)

    public var description: String {
        switch self {
        case .lengthMismatch(let durations, let flags):
            "\(durations) durations but \(flags) compliance flags"
        case .invalidDuration(let value, let row):
            "invalid duration \(value) at row index \(row) (durations must be non-negative days)"
        }
    }
}
