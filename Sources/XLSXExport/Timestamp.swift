import Frame

/// UTC timestamps as ISO 8601 text.
enum Timestamp {
    /// `seconds` since 1970-01-01 UTC as `YYYY-MM-DDTHH:MM:SSZ`.
    static func iso8601(_ seconds: Int64) -> String {
        let (days, rest) = floorDivision(seconds, 86_400)
        let day = Day(daysSinceEpoch: Int32(clamping: days))
        return "\(day)T\(twoDigits(rest / 3600)):\(twoDigits(rest % 3600 / 60)):\(twoDigits(rest % 60))Z"
    }

    private static func floorDivision(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let remainder = ((value % divisor) + divisor) % divisor
        return ((value - remainder) / divisor, remainder)
    }

    private static func twoDigits(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
