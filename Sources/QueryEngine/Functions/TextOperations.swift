import Foundation

/// The text operations of the language, on Unicode scalars (code points) as SQL engines count
/// them, not on grapheme clusters: `length "e\u{301}"` is 2, and searching matches bytes.
enum TextOperations {
    /// Lower case, one code point at a time (simple case mapping: `İ` becomes `i`).
    static func lower(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return mapScalars(text) { scalar in
            let mapped = scalar.properties.lowercaseMapping.unicodeScalars
            // Only `İ` lowers to two code points; its simple mapping is the first.
            return mapped.first ?? scalar
        }
    }

    /// Upper case, one code point at a time: a letter whose upper case is several letters
    /// (`ﬁ`) stays as it is, except `ß`, which becomes the capital `ẞ`.
    static func upper(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.uppercased() }
        return mapScalars(text) { scalar in
            if scalar == "ß" { return "ẞ" }
            let mapped = scalar.properties.uppercaseMapping.unicodeScalars
            return mapped.count == 1 ? mapped.first! : scalar
        }
    }

    /// The text without its accents and other combining marks: `Łódź` becomes `Łodz`
    /// (`Ł` is a letter of its own, not an accented `L`).
    static func stripAccents(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var kept = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: kept.append(scalar)
            }
        }
        return String(kept).precomposedStringWithCanonicalMapping
    }

    /// Lower case without accents, for matching names however they were typed.
    static func fold(_ text: String) -> String { lower(stripAccents(text)) }

    /// The text without the space characters (Unicode space separators: the space, the
    /// no-break space…) at its start, its end or both; tabs and line breaks stay.
    static func trim(_ text: String, start: Bool, end: Bool) -> String {
        let scalars = text.unicodeScalars
        let isSpace: (Unicode.Scalar) -> Bool = { $0.properties.generalCategory == .spaceSeparator }
        var lower = scalars.startIndex
        var upper = scalars.endIndex
        if start { while lower < upper, isSpace(scalars[lower]) { lower = scalars.index(after: lower) } }
        if end { while upper > lower, isSpace(scalars[scalars.index(before: upper)]) { upper = scalars.index(before: upper) } }
        return String(scalars[lower..<upper])
    }

    /// The number of code points.
    static func length(_ text: String) -> Int64 { Int64(text.unicodeScalars.count) }

    /// Whether `piece` occurs in the text, byte for byte; every text contains the empty text.
    static func contains(_ text: String, _ piece: String) -> Bool {
        piece.isEmpty || firstMatch(Array(text.utf8), Array(piece.utf8), from: 0) != nil
    }

    static func startsWith(_ text: String, _ piece: String) -> Bool { text.utf8.starts(with: piece.utf8) }

    static func endsWith(_ text: String, _ piece: String) -> Bool {
        text.utf8.count >= piece.utf8.count && text.utf8.suffix(piece.utf8.count).elementsEqual(piece.utf8)
    }

    /// Every occurrence of `old`, left to right and not overlapping, replaced by `new`; an
    /// empty `old` replaces nothing.
    static func replace(_ text: String, _ old: String, _ new: String) -> String {
        guard !old.isEmpty else { return text }
        let bytes = Array(text.utf8), pattern = Array(old.utf8)
        var result: [UInt8] = []
        var position = 0
        while let match = firstMatch(bytes, pattern, from: position) {
            result += bytes[position..<match]
            result += new.utf8
            position = match + pattern.count
        }
        result += bytes[position...]
        return String(decoding: result, as: UTF8.self)
    }

    /// `count` code points from the 1-based position `start`, as SQL's substring: a negative
    /// start counts from the end, 0 is one place before the first, a negative count takes the
    /// code points before the start, and what falls outside the text is dropped.
    static func substring(_ text: String, _ start: Int64, _ count: Int64) -> String {
        let scalars = Array(text.unicodeScalars)
        let size = Int64(scalars.count)
        // Clamping far outside any text keeps the sums below from overflowing.
        let bound: Int64 = 1 << 40
        let offset = min(max(start, -bound), bound)
        let length = min(max(count, -bound), bound)
        var first = offset > 0 ? offset - 1 : offset < 0 ? size + offset : -1
        var last = first + length
        if length < 0 { (first, last) = (first + length, first) }
        first = min(max(first, 0), size)
        last = min(max(last, 0), size)
        guard first < last else { return "" }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[Int(first)..<Int(last)])
        return String(result)
    }

    /// The `index`th field of the text split at `separator` (1 is the first, -1 the last); an
    /// index past the fields gives the empty text, and an empty separator splits into code points.
    static func splitPart(_ text: String, _ separator: String, _ index: Int64) -> String {
        var fields: [String]
        if separator.isEmpty {
            fields = text.unicodeScalars.map { String($0) }
        } else {
            let bytes = Array(text.utf8), pattern = Array(separator.utf8)
            fields = []
            var position = 0
            while let match = firstMatch(bytes, pattern, from: position) {
                fields.append(String(decoding: bytes[position..<match], as: UTF8.self))
                position = match + pattern.count
            }
            fields.append(String(decoding: bytes[position...], as: UTF8.self))
        }
        let count = Int64(fields.count)
        let position = index > 0 ? index - 1 : count + index
        guard index != 0, position >= 0, position < count else { return "" }
        return fields[Int(position)]
    }

    private static func mapScalars(_ text: String, _ transform: (Unicode.Scalar) -> Unicode.Scalar) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { result.append(transform(scalar)) }
        return String(result)
    }

    /// The first position at or after `start` where `pattern` occurs in `bytes`.
    private static func firstMatch(_ bytes: [UInt8], _ pattern: [UInt8], from start: Int) -> Int? {
        guard !pattern.isEmpty, bytes.count >= pattern.count, start <= bytes.count - pattern.count else { return nil }
        let first = pattern[0]
        var index = start
        while index <= bytes.count - pattern.count {
            if bytes[index] == first, bytes[index..<index + pattern.count].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }
}
