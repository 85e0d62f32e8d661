extension XMLScanner {
    /// The text of a string item (`<si>` or `<is>`) whose start tag was just read: its `<t>`
    /// elements joined, whether plain or in rich-text runs, without phonetic guides (`<rPh>`),
    /// with the `_xHHHH_` escapes of control characters undone.
    mutating func richText() throws(XLSXPartError) -> String {
        var depth = 1
        var text = ""
        while let event = try next() {
            switch event {
            case .start(let element, let selfClosing):
                if selfClosing { continue }
                switch element.name {
                case "t": text += try elementText()
                case "rPh", "rPr": try skipElement()
                default: depth += 1
                }
            case .end:
                depth -= 1
                if depth == 0 { return Self.unescapingControlCharacters(text) }
            case .text:
                break
            }
        }
        return Self.unescapingControlCharacters(text)
    }

    /// `_x000D_` is a carriage return and `_x005F_` an underscore, as the format escapes
    /// characters that XML cannot hold.
    private static func unescapingControlCharacters(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "_", index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_",
                let value = UInt32(String(String.UnicodeScalarView(scalars[(index + 2)..<(index + 6)])), radix: 16),
                let scalar = Unicode.Scalar(value)
            {
                out.append(scalar)
                index += 7
            } else {
                out.append(scalars[index])
                index += 1
            }
        }
        return String(out)
    }
}
