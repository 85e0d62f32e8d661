/// Numbers read from and written as text the way SQL's CAST does.
public enum TextNumber {
    /// The text without leading and trailing ASCII white space (space, tab, line breaks, form feed).
    public static func trimmed(_ text: String) -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0B}" || $0 == "\u{0C}" || $0 == "\r\n" }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else {
            return text[text.endIndex...]
        }
        return text[first...last]
    }

    /// A decimal integer, `-12`, `+7`, or a decimal fraction rounded half away from zero (`2.5` is
    /// 3); `nil` for anything else or a value beyond 64 bits.
    public static func integer(_ text: String) -> Int64? {
        let bytes = Array(trimmed(text).utf8)
        guard let (negative, integerDigits, fractionDigits, exponent) = decimal(bytes), exponent == nil else { return nil }
        var magnitude: UInt64 = 0
        for digit in integerDigits {
            let (times, overflowTimes) = magnitude.multipliedReportingOverflow(by: 10)
            let (plus, overflowPlus) = times.addingReportingOverflow(UInt64(digit - 48))
            guard !overflowTimes, !overflowPlus else { return nil }
            magnitude = plus
        }
        if let first = fractionDigits.first, first >= UInt8(ascii: "5") {
            let (plus, overflow) = magnitude.addingReportingOverflow(1)
            guard !overflow else { return nil }
            magnitude = plus
        }
        if negative { return magnitude <= UInt64(Int64.max) + 1 ? Int64(truncatingIfNeeded: 0 &- magnitude) : nil }
        return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
    }

    /// A decimal number with an optional exponent, `-1.5`, `.5`, `2e3`; `nil` for anything else
    /// (hexadecimal, `inf`, `nan`, thousands separators). Too large a number is infinite.
    public static func double(_ text: String) -> Double? {
        let trimmed = trimmed(text)
        guard decimal(Array(trimmed.utf8)) != nil else { return nil }
        return Double(trimmed)
    }

    /// The parts of `[+-]?(digits[.digits]|.digits)([eE][+-]?digits)?`, or `nil`.
    private static func decimal(_ bytes: [UInt8]) -> (Bool, ArraySlice<UInt8>, ArraySlice<UInt8>, ArraySlice<UInt8>?)? {
        var index = 0
        func digits() -> ArraySlice<UInt8> {
            let start = index
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 { index += 1 }
            return bytes[start..<index]
        }
        let negative = index < bytes.count && bytes[index] == UInt8(ascii: "-")
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        let integerDigits = digits()
        var fractionDigits = bytes[index..<index]
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            fractionDigits = digits()
        }
        guard !integerDigits.isEmpty || !fractionDigits.isEmpty else { return nil }
        var exponent: ArraySlice<UInt8>?
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
            let exponentDigits = digits()
            guard !exponentDigits.isEmpty else { return nil }
            exponent = exponentDigits
        }
        return index == bytes.count ? (negative, integerDigits, fractionDigits, exponent) : nil
    }

    /// The shortest text that reads back as the same double, as SQL writes it: fixed notation
    /// with at least one decimal (`1.0`, `0.001`) from 1e-4 up to 1e16, scientific outside it
    /// (`1e+16`, `1e-05`).
    public static func shortestText(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
        // Swift's description holds the shortest round-trip digits; only the layout changes.
        let text = value.magnitude.description
        let parts = text.split(separator: "e", maxSplits: 1)
        let mantissa = parts[0]
        var exponent = parts.count > 1 ? Int(parts[1])! : 0
        let pointOffset = mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count
        var digits = Array(mantissa.filter { $0 != "." })
        exponent += pointOffset - 1
        // Leading zeros (0.001) move into the exponent; trailing zeros carry nothing.
        while digits.count > 1, digits.first == "0" { digits.removeFirst(); exponent -= 1 }
        while digits.count > 1, digits.last == "0" { digits.removeLast() }
        let sign = value.sign == .minus ? "-" : ""
        if exponent < -4 || exponent >= 16 {
            let fraction = digits.count > 1 ? "." + String(digits.dropFirst()) : ""
            let power = String(abs(exponent))
            return sign + String(digits[0]) + fraction + "e" + (exponent < 0 ? "-" : "+") + (power.count < 2 ? "0" : "") + power
        }
        if exponent < 0 {
            return sign + "0." + String(repeating: "0", count: -exponent - 1) + String(digits)
        }
        let whole = digits.count > exponent + 1
            ? String(digits[...exponent]) : String(digits) + String(repeating: "0", count: exponent + 1 - digits.count)
        let fraction = digits.count > exponent + 1 ? String(digits[(exponent + 1)...]) : "0"
        return sign + whole + "." + fraction
    }
}
