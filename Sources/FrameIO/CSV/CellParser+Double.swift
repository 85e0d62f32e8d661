extension CellParser {
    /// Powers of ten that a `Double` holds exactly, for the fast path below.
    private static let exactPowersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    /// A decimal number such as `0.25`, `-3`, `.5`, `1e-3` or `6.02E23`, if finite.
    ///
    /// Words such as `NaN` or `inf` are not numbers here: in oversight files they are text; nor
    /// are whole numbers too large for `Int64`, which are identifiers.
    /// Up to 19 significant digits with a decimal exponent of at most 22 convert exactly with one
    /// multiplication or division (Clinger's fast path); longer numbers go to the standard
    /// library's correctly rounded parser.
    @inline(__always)
    static func double(_ cell: UnsafeBufferPointer<UInt8>) -> Double? {
        if let value = shortDecimal(cell) { return value }
        return anyDouble(cell)
    }

    /// `double` for the cells the short path leaves.
    @inline(never)
    private static func anyDouble(_ cell: UnsafeBufferPointer<UInt8>) -> Double? {
        let count = cell.count
        var (negative, i) = sign(cell)
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
        // A whole number too large for `Int64` is an identifier (`170000000071700000000`): as a
        // double it would lose its last digits.
        if i == count, !cell.contains(dot) { return integer(cell).map(Double.init) }
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

    /// The common case of `double`: `[-]digits[.digits]` with at most 18 digits in all and no
    /// redundant leading zero, converted exactly as the general path does (the mantissa and the
    /// power of ten are exact, so one division rounds correctly). `nil` sends the cell to the
    /// general path, which also decides the cells this one rejects.
    @inline(__always)
    private static func shortDecimal(_ cell: UnsafeBufferPointer<UInt8>) -> Double? {
        let count = cell.count
        guard count > 0, count <= 19, let base = cell.baseAddress else { return nil }
        let negative = base[0] == minus
        var i = negative ? 1 : 0
        let integerStart = i
        var mantissa: UInt64 = 0
        while i < count, base[i] &- zero < 10 {
            mantissa = mantissa &* 10 &+ UInt64(base[i] &- zero)
            i &+= 1
        }
        let integerDigits = i - integerStart
        guard integerDigits > 0, integerDigits == 1 || base[integerStart] != zero else { return nil }
        var scale = 1.0
        if i < count {
            guard base[i] == dot else { return nil }
            i &+= 1
            guard i < count else { return nil }
            while i < count {
                let digit = base[i] &- zero
                guard digit < 10 else { return nil }
                mantissa = mantissa &* 10 &+ UInt64(digit)
                scale *= 10
                i &+= 1
            }
        }
        guard mantissa <= 1 << 53 else { return nil }
        let magnitude = Double(mantissa) / scale
        return negative ? -magnitude : magnitude
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
