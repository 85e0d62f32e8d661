/// Appends one text field to CSV output: formula escaping first, then RFC 4180 quoting.
struct CSVFieldEncoder {
    let escapesFormulas: Bool

    private static let quote = UInt8(ascii: "\"")

    /// Whether a text starting with `byte` would be run as a formula by a spreadsheet:
    /// `=`, `+`, `-`, `@`, TAB, CR (OWASP) and NUL (ASVS).
    static func startsFormula(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 9, 13, 0:
            true
        default:
            false
        }
    }

    func appendText(_ text: [UInt8], to output: inout [UInt8]) {
        let escaped = escapesFormulas && text.first.map(Self.startsFormula) == true
        let needsQuotes = text.contains { $0 == Self.quote || $0 == 44 || $0 == 10 || $0 == 13 }
        if needsQuotes { output.append(Self.quote) }
        if escaped { output.append(UInt8(ascii: "'")) }
        if needsQuotes {
            for byte in text {
                output.append(byte)
                if byte == Self.quote { output.append(Self.quote) }
            }
            output.append(Self.quote)
        } else {
            output.append(contentsOf: text)
        }
    }
}
