/// Decodes XML character data: the five predefined entities and numeric character references.
enum XMLEntities {
    /// The text of `raw`, which starts at byte `offset` of its part, with references replaced.
    static func decode(_ raw: ArraySlice<UInt8>, at offset: Int) throws(XLSXPartError) -> String {
        guard raw.contains(UInt8(ascii: "&")) else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var index = raw.startIndex
        while index < raw.endIndex {
            let byte = raw[index]
            guard byte == UInt8(ascii: "&") else {
                out.append(byte)
                index += 1
                continue
            }
            guard let semicolon = raw[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                throw XLSXPartError.malformed(offset: offset + index - raw.startIndex, expected: "';' to end the reference that starts with '&'")
            }
            let name = String(decoding: raw[(index + 1)..<semicolon], as: UTF8.self)
            guard let scalar = scalar(named: name) else {
                throw XLSXPartError.malformed(offset: offset + index - raw.startIndex, expected: "a known entity, not '&\(name);'")
            }
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
            index = semicolon + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func scalar(named name: String) -> Unicode.Scalar? {
        switch name {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            return value.flatMap(Unicode.Scalar.init)
        }
    }
}
