/// A number as written in one cell with a decimal mark and thousands separators of a locale
/// (`1.234,56`, `1,234.56`, `77,00%`, `12.5 %`), read once its column has decided what `.` and `,`
/// mean.
///
/// The digits are rewritten as plain text (`-1234.56`, `77.00e-2` for a percentage) and handed to
/// `CellParser`, so that every number is converted by the same correctly rounded code.
struct WrittenNumber {
    /// What one cell says about the decimal mark.
    enum Evidence: Equatable {
        /// No separator: any decision fits.
        case none
        /// The only mark, which must be the decimal mark (`2,5`, `0,125`).
        case decimal(UInt8)
        /// The decimal mark, shown by a thousands separator (`1.234,5`, `1.234.567`).
        case grouped(decimal: UInt8)
        /// One mark followed by three digits (`1,234`): decimal mark or thousands separator.
        case either(UInt8)
    }

    static let dot = UInt8(ascii: ".")
    static let comma = UInt8(ascii: ",")
    static let percent = UInt8(ascii: "%")
    static let space = UInt8(ascii: " ")
    /// Stands for "each value's only mark is its decimal mark", in a column that uses both.
    static let eachValuesMark = UInt8(0)

    /// The cell without a trailing percent sign (and the spaces before it), and whether it had one.
    static func withoutPercent(_ cell: UnsafeBufferPointer<UInt8>) -> (body: UnsafeBufferPointer<UInt8>, isPercentage: Bool) {
        guard let last = cell.last, last == percent else { return (cell, false) }
        var end = cell.count - 1
        while end > 0, cell[end - 1] == space { end -= 1 }
        return (UnsafeBufferPointer(rebasing: cell[..<end]), true)
    }

    /// What `body` (a cell without its percent sign) says about the decimal mark, or `nil` when
    /// it is not a number written with `.` and `,` marks at all.
    static func evidence(_ body: UnsafeBufferPointer<UInt8>) -> Evidence? {
        var (_, i) = CellParser.sign(body)
        var marks: [(byte: UInt8, position: Int)] = []
        let digitsStart = i
        while i < body.count {
            let byte = body[i]
            if byte == dot || byte == comma {
                marks.append((byte, i))
            } else if !CellParser.isDigit(byte) {
                return nil
            }
            i += 1
        }
        guard i > digitsStart else { return nil }
        guard let last = marks.last else { return Evidence.none }
        let kinds = Set(marks.map(\.byte))
        if kinds.count == 2 { return .grouped(decimal: last.byte) }
        // One kind of mark: several of them are thousands separators, so the other is decimal.
        if marks.count > 1 { return .grouped(decimal: last.byte == dot ? comma : dot) }
        let integerDigits = last.position - digitsStart
        let fractionDigits = body.count - last.position - 1
        let couldGroup = fractionDigits == 3 && (1...3).contains(integerDigits) && body[digitsStart] != CellParser.zero
        return couldGroup ? .either(last.byte) : .decimal(last.byte)
    }

    /// The plain text of `body` with `decimal` as the decimal mark and `thousands` (if any) between
    /// groups of three digits, or `nil` when it is not written that way. Redundant leading zeros
    /// (`007`) are refused, as `CellParser` refuses them: such cells are codes.
    static func plainText(
        _ body: UnsafeBufferPointer<UInt8>, decimal: UInt8, thousands: UInt8?
    ) -> [UInt8]? {
        var (negative, i) = CellParser.sign(body)
        var text: [UInt8] = negative ? [CellParser.minus] : []
        let integerStart = i
        var groupDigits = 0
        var grouped = false
        var integerDigits = 0
        while i < body.count, body[i] != decimal {
            let byte = body[i]
            if CellParser.isDigit(byte) {
                text.append(byte)
                groupDigits += 1
                integerDigits += 1
            } else if let thousands, byte == thousands {
                // The first group has one to three digits, every later group exactly three.
                guard grouped ? groupDigits == 3 : (1...3).contains(groupDigits) else { return nil }
                grouped = true
                groupDigits = 0
            } else {
                return nil
            }
            i += 1
        }
        if grouped, groupDigits != 3 { return nil }
        if integerDigits > 1, body[integerStart] == CellParser.zero { return nil }
        if i < body.count {
            text.append(CellParser.dot)
            i += 1
            let fractionStart = i
            while i < body.count, CellParser.isDigit(body[i]) {
                text.append(body[i])
                i += 1
            }
            guard i == body.count, i > fractionStart else { return nil }
        }
        guard integerDigits > 0 || text.contains(CellParser.dot) else { return nil }
        return text
    }
}
