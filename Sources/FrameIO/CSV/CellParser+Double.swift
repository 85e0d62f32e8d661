extension CellParser {
    /// Powers of ten that a `Double` holds exactly, for the fast path below.
    private static let exactPowersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    /// A decimal number such as `0.25`, `-3`, `.5`, `1e-3` or `6.02E23`, if finite.
    ///
    /// Words such as `NaN` or `inf` are not numbers here: in oversight files they are text.
    /// Up to 19 significant digits with a decimal exponent of at most 22 convert exactly with one
    /// multiplication or division (Clinger's fast path); longer numbers go to the standard
    /// library's correctly rounded parser.
    static func double(_ cell: UnsafeBufferPointer<UInt8>) -> Double? {
        let count = cell.count
        var i = 0
        var negative = false
        if count > 0, cell[0] == minus || cell[0] == plus {
            negative = cell[0] == minus
            i = 1
        }
        var mantissa: UInt64 = 0
        var significant = 0
        var exponent = 0
        var digitCount = 0
        let integerStart = i
        while i < count, isDigit(cell[i]) {
            accumulate(cell[i], into: &mantissa, significant: &significant, exponent: &exponent)
            digitCount += 1
            i += 1
        }
        // Same leading-zero rule as integers: `007.5` is a code, not a number.
        if i - integerStart > 1, cell[integerStart] == zero { return nil }
        if i < count, cell[i] == dot {
            i += 1
            while i < count, isDigit(cell[i]) {
                accumulate(cell[i], into: &mantissa, significant: &significant, exponent: &exponent)
                exponent -= 1
                digitCount += 1
                i += 1
            }
        }
        guard digitCount > 0 else { return nil }
        if i < count, cell[i] | 0x20 == UInt8(ascii: "e") {
            i += 1
            var exponentNegative = false
            if i < count, cell[i] == minus || cell[i] == plus {
                exponentNegative = cell[i] == minus
                i += 1
            }
            guard i < count else { return nil }
            var written = 0
            while i < count, isDigit(cell[i]) {
                // Clamp: anything this large is out of range for a Double either way.
                written = min(written * 10 + Int(cell[i] &- zero), 100_000)
                i += 1
            }
            exponent += exponentNegative ? -written : written
        }
        guard i == count else { return nil }
        if significant <= 19, mantissa <= 1 << 53, abs(exponent) <= 22 {
            let magnitude = Double(mantissa)
            let value = exponent >= 0
                ? magnitude * exactPowersOfTen[exponent]
                : magnitude / exactPowersOfTen[-exponent]
            return negative ? -value : value
        }
        return slowDouble(cell)
    }

    // Digits after the 19th no longer fit the mantissa; they only shift the exponent and send
    // the cell to the slow path.
    @inline(__always)
    private static func accumulate(
        _ digit: UInt8, into mantissa: inout UInt64, significant: inout Int, exponent: inout Int
    ) {
        if significant == 0 && digit == zero { return }
        significant += 1
        if significant <= 19 {
            mantissa = mantissa &* 10 &+ UInt64(digit &- zero)
        } else {
            exponent += 1
        }
    }

    @inline(never)
    private static func slowDouble(_ cell: UnsafeBufferPointer<UInt8>) -> Double? {
        guard let value = Double(String(decoding: cell, as: UTF8.self)), value.isFinite else {
            return nil
        }
        return value
    }
}
