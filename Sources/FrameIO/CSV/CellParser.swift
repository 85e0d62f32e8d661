import Frame

/// Turns the bytes of one CSV cell into a typed value, or `nil` when the cell is not of that type.
///
/// The one pass and the typing of text columns call the same functions, so a value reads the
/// same whichever decides its column. All parsers are strict: no surrounding spaces, no
/// thousands separators, ASCII digits only (`WrittenNumber` reads the locale forms).
enum CellParser {
    static let minus = UInt8(ascii: "-")
    static let plus = UInt8(ascii: "+")
    static let dot = UInt8(ascii: ".")
    static let zero = UInt8(ascii: "0")

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- zero < 10 }

    /// Whether a number cell starts with `-`, and where its digits start (after a `+` or `-`).
    @inline(__always)
    static func sign(_ cell: UnsafeBufferPointer<UInt8>) -> (negative: Bool, start: Int) {
        guard let first = cell.first, first == minus || first == plus else { return (false, 0) }
        return (first == minus, 1)
    }

    /// An integer such as `42`, `-7`, or a whole number written as a decimal (`20.0`, `6.00`).
    ///
    /// A number with a redundant leading zero (`007`) is not an integer: such cells are codes
    /// whose zeros matter, and the column stays text.
    @inline(__always)
    static func integer(_ cell: UnsafeBufferPointer<UInt8>) -> Int64? {
        if let value = shortInteger(cell) { return value }
        return anyInteger(cell)
    }

    /// `integer` for the cells the short path leaves.
    @inline(never)
    private static func anyInteger(_ cell: UnsafeBufferPointer<UInt8>) -> Int64? {
        let count = cell.count
        var (negative, i) = sign(cell)
        guard i < count, isDigit(cell[i]) else { return nil }
        if cell[i] == zero, i + 1 < count, isDigit(cell[i + 1]) { return nil }
        var magnitude: UInt64 = 0
        while i < count, isDigit(cell[i]) {
            let (times10, o1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times10.addingReportingOverflow(UInt64(cell[i] &- zero))
            if o1 || o2 { return nil }
            magnitude = sum
            i += 1
        }
        if i < count {
            // Only a fraction of zeros may follow: `20.0` is the integer 20.
            guard cell[i] == dot, i + 1 < count else { return nil }
            i += 1
            while i < count {
                guard cell[i] == zero else { return nil }
                i += 1
            }
        }
        if negative {
            guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        return Int64(magnitude)
    }

    /// The common case of `integer`: up to 18 digits, at most a leading minus, no fraction; these
    /// cannot overflow, so the loop needs no checks. `nil` sends the cell to the general path.
    @inline(__always)
    private static func shortInteger(_ cell: UnsafeBufferPointer<UInt8>) -> Int64? {
        let count = cell.count
        guard count > 0, count <= 18, let base = cell.baseAddress else { return nil }
        let negative = base[0] == minus
        var i = negative ? 1 : 0
        guard i < count, base[i] != zero || i + 1 == count else { return nil }
        var value: Int64 = 0
        while i < count {
            let digit = base[i] &- zero
            guard digit < 10 else { return nil }
            value = value &* 10 &+ Int64(digit)
            i &+= 1
        }
        return negative ? -value : value
    }

    /// `true`, `True`, `TRUE`, `false`, `False` or `FALSE`.
    static func bool(_ cell: UnsafeBufferPointer<UInt8>) -> Bool? {
        switch cell.count {
        case 4 where equals(cell, "true") || equals(cell, "True") || equals(cell, "TRUE"):
            return true
        case 5 where equals(cell, "false") || equals(cell, "False") || equals(cell, "FALSE"):
            return false
        default:
            return nil
        }
    }

    private static func equals(_ cell: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        let bytes = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        return cell.elementsEqual(bytes)
    }

    /// An ISO 8601 calendar date, `YYYY-MM-DD`, that exists in the calendar.
    static func isoDate(_ cell: UnsafeBufferPointer<UInt8>) -> Day? {
        guard cell.count == 10, cell[4] == minus, cell[7] == minus,
            let year = digits(cell, 0..<4), let month = digits(cell, 5..<7),
            let day = digits(cell, 8..<10)
        else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// A date with a month name in English, Spanish or Portuguese (`18 March 2022`,
    /// `31st October 2013`, `18 de marzo de 2022`), for readers that type one cell at a time.
    static func englishDate(_ cell: UnsafeBufferPointer<UInt8>) -> Day? {
        guard let date = WrittenDate(cell), date.family == .monthName, date.time != .other else { return nil }
        return date.day(dayFirst: true)
    }

    static func digits(_ cell: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var value = 0
        for index in range {
            guard isDigit(cell[index]) else { return nil }
            value = value * 10 + Int(cell[index] &- zero)
        }
        return value
    }
}
