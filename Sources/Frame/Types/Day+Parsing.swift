extension Day {
    /// Parses an ISO 8601 calendar date, `YYYY-MM-DD`, or returns `nil`.
    public init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let y = Day.digits(bytes, 0, 4), let m = Day.digits(bytes, 5, 2),
            let d = Day.digits(bytes, 8, 2)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Parses an English long date such as `18 March 2022`, `1 Sept 2021` or `31st October 2013`,
    /// or returns `nil`.
    ///
    /// Month names may be written in full or abbreviated to three letters (`Sept` too); the day
    /// may carry its ordinal suffix (`1st`, `2nd`, `3rd`, `4th`); case is ignored.
    public init?(englishLong text: some StringProtocol) {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 3, let d = Day.dayOfMonth(parts[0]), let y = Int(parts[2]), parts[2].count == 4,
            let m = Day.englishMonth(parts[1])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// A day of the month, with or without its English ordinal suffix (the right one only:
    /// `21st`, not `21th`).
    static func dayOfMonth(_ word: some StringProtocol) -> Int? {
        if let day = Int(word) { return day }
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        guard let day = Int(digits), digits.count <= 2 else { return nil }
        let suffix = word.dropFirst(digits.count).lowercased()
        let expected = (11...13).contains(day % 100) ? "th"
            : [1: "st", 2: "nd", 3: "rd"][day % 10] ?? "th"
        return suffix == expected ? day : nil
    }

    static let englishMonthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ]

    static func englishMonth(_ word: some StringProtocol) -> Int? {
        let lower = word.lowercased()
        if let index = englishMonthNames.firstIndex(of: lower) { return index + 1 }
        if lower == "sept" { return 9 }
        guard lower.count == 3 else { return nil }
        return englishMonthNames.firstIndex { $0.hasPrefix(lower) }.map { $0 + 1 }
    }

    static func digits(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for byte in bytes[start..<start + count] {
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }
}
