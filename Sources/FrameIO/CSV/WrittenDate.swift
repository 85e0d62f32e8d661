import Frame

/// A date as written in one cell, before its column decides what the numbers mean.
///
/// Numeric dates that start with the day or the month (`03/04/2022`) keep both numbers, because
/// only the whole column can tell which order it uses. Dates that start with the year, and dates
/// with a month name, are exact. A time of day may follow the date (`2022-03-18 00:00:00`,
/// `2022-03-18T14:30`, `18/03/2022 00:00`).
struct WrittenDate: Equatable {
    enum Family: Equatable {
        /// `2022-03-18`, `2022/3/18`, `2022.03.18`.
        case yearFirst
        /// `18/03/2022`, `3-18-2022`, `18.03.2022`: day and month in an order the column decides.
        case dayOrMonthFirst
        /// `18 March 2022`, `March 18, 2022`, `18-mar-2022`, `18 de marzo de 2022`, `18 de março de 2022`.
        case monthName
    }

    enum TimeOfDay: Equatable {
        case none
        case midnight
        case other
    }

    var family: Family
    /// The first and second numbers of a `dayOrMonthFirst` date; month and day otherwise.
    var first: Int
    var second: Int
    var year: Int
    var time: TimeOfDay

    /// The day, for a family with a known order, or with the order `dayFirst` for the numeric one.
    func day(dayFirst: Bool) -> Day? {
        switch family {
        case .yearFirst, .monthName: Day(year: year, month: first, day: second)
        case .dayOrMonthFirst:
            dayFirst ? Day(year: year, month: second, day: first) : Day(year: year, month: first, day: second)
        }
    }

    /// Reads a cell, or returns `nil` when it is not a date in any of the known forms.
    init?(_ cell: UnsafeBufferPointer<UInt8>) {
        guard cell.count >= 6, cell.count <= 48 else { return nil }
        if let numeric = Self.numeric(cell) {
            self = numeric
        } else if let named = Self.named(String(decoding: cell, as: UTF8.self)) {
            self = named
        } else {
            return nil
        }
    }

    private init(family: Family, first: Int, second: Int, year: Int, time: TimeOfDay) {
        self.family = family
        self.first = first
        self.second = second
        self.year = year
        self.time = time
    }

    // `Y-M-D` or `A/B/Y`, one separator of `-`, `/`, `.` used twice, then an optional time.
    private static func numeric(_ cell: UnsafeBufferPointer<UInt8>) -> WrittenDate? {
        var i = 0
        func number(maxDigits: Int) -> (value: Int, digits: Int)? {
            var value = 0
            let start = i
            while i < cell.count, i - start < maxDigits, CellParser.isDigit(cell[i]) {
                value = value * 10 + Int(cell[i] &- CellParser.zero)
                i += 1
            }
            return i > start ? (value, i - start) : nil
        }
        guard let a = number(maxDigits: 4), i < cell.count else { return nil }
        let separator = cell[i]
        guard separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") || separator == UInt8(ascii: ".")
        else { return nil }
        i += 1
        guard let b = number(maxDigits: 2), i < cell.count, cell[i] == separator else { return nil }
        i += 1
        guard let c = number(maxDigits: 4) else { return nil }
        guard let time = timeOfDay(cell, from: i) else { return nil }
        if a.digits == 4, c.digits <= 2 {
            return WrittenDate(family: .yearFirst, first: b.value, second: c.value, year: a.value, time: time)
        }
        if a.digits <= 2, c.digits == 4 {
            return WrittenDate(family: .dayOrMonthFirst, first: a.value, second: b.value, year: c.value, time: time)
        }
        return nil
    }

    // Nothing, or `T`/spaces then `H:MM`, `H:MM:SS` or `H:MM:SS.fff`, and an optional `Z`.
    private static func timeOfDay(_ cell: UnsafeBufferPointer<UInt8>, from start: Int) -> TimeOfDay? {
        var i = start
        guard i < cell.count else { return TimeOfDay.none }
        if cell[i] == UInt8(ascii: "T") {
            i += 1
        } else {
            guard cell[i] == UInt8(ascii: " ") else { return nil }
            while i < cell.count, cell[i] == UInt8(ascii: " ") { i += 1 }
        }
        var end = cell.count
        if end > i, cell[end - 1] == UInt8(ascii: "Z") { end -= 1 }
        var allZero = true
        var groups = 0
        while i < end {
            let groupStart = i
            while i < end, CellParser.isDigit(cell[i]) {
                if cell[i] != CellParser.zero { allZero = false }
                i += 1
            }
            let digits = i - groupStart
            guard digits >= 1, digits <= (groups < 3 ? 2 : 9) else { return nil }
            groups += 1
            guard i < end else { break }
            let mark = cell[i]
            // Hours, minutes and seconds are separated by `:`, a fraction of seconds by `.`.
            guard mark == UInt8(ascii: ":") && groups < 3 || mark == UInt8(ascii: ".") && groups == 3 else { return nil }
            i += 1
            guard i < end else { return nil }
        }
        guard groups >= 2 else { return nil }
        return allZero ? .midnight : .other
    }

    // Words and numbers split at spaces, commas, `-`, `/` and `.`; `de`/`del` are skipped.
    private static func named(_ text: String) -> WrittenDate? {
        guard text.contains(where: { $0.isLetter }) else { return nil }
        var time = TimeOfDay.none
        var datePart = Substring(text)
        // A time, if any, is the last space-separated word and holds a colon.
        if let lastSpace = text.lastIndex(of: " "), text[lastSpace...].contains(":") {
            let timeBytes = Array(" ".utf8) + Array(text[text.index(after: lastSpace)...].utf8)
            guard let parsed = timeBytes.withUnsafeBufferPointer({ timeOfDay($0, from: 0) }) else { return nil }
            time = parsed
            datePart = text[..<lastSpace]
        }
        let words = datePart.lowercased()
            .split(whereSeparator: { " ,-/.".contains($0) })
            .filter { $0 != "de" && $0 != "del" }
        guard words.count == 3 else { return nil }
        let day: Int
        let month: Int
        if let m = monthNumbers[String(words[1])], let d = dayOfMonth(words[0]) {
            (day, month) = (d, m)
        } else if let m = monthNumbers[String(words[0])], let d = dayOfMonth(words[1]) {
            (day, month) = (d, m)
        } else {
            return nil
        }
        guard words[2].count == 4, words[2].allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(words[2]) else {
            return nil
        }
        return WrittenDate(family: .monthName, first: month, second: day, year: year, time: time)
    }

    /// A day of the month, one or two digits, with or without its English ordinal suffix (the
    /// right one only: `21st`, not `21th`).
    private static func dayOfMonth(_ word: Substring) -> Int? {
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count), let day = Int(digits), day >= 1 else { return nil }
        let suffix = word.dropFirst(digits.count)
        if suffix.isEmpty { return day }
        let expected = (11...13).contains(day) ? "th" : [1: "st", 2: "nd", 3: "rd"][day % 10] ?? "th"
        return suffix == expected ? day : nil
    }

    /// Month names in English, Spanish and Portuguese, in full and abbreviated, in lower case.
    /// No abbreviation means different months in two of the languages.
    static let monthNumbers: [String: Int] = {
        let names: [[String]] = [
            ["january", "jan", "enero", "ene", "janeiro"],
            ["february", "feb", "febrero", "fevereiro", "fev"],
            ["march", "mar", "marzo", "março", "marco"],
            ["april", "apr", "abril", "abr"],
            ["may", "mayo", "maio", "mai"],
            ["june", "jun", "junio", "junho"],
            ["july", "jul", "julio", "julho"],
            ["august", "aug", "agosto", "ago"],
            ["september", "sep", "sept", "septiembre", "setiembre", "set", "setembro"],
            ["october", "oct", "octubre", "outubro", "out"],
            ["november", "nov", "noviembre", "novembro"],
            ["december", "dec", "diciembre", "dic", "dezembro", "dez"],
        ]
        var table: [String: Int] = [:]
        for (index, words) in names.enumerated() {
            for word in words { table[word] = index + 1 }
        }
        return table
    }()
}
