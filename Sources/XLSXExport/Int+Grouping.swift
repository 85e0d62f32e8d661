extension Int {
    /// The number with its digits grouped in threes by `separator` (`1,000,000`).
    func formatted(grouping separator: String) -> String {
        let digits = String(magnitude)
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.append(digits[start..<end])
            end = start
        }
        return (self < 0 ? "-" : "") + groups.reversed().joined(separator: separator)
    }
}
