/// Rewrites text in another encoding as UTF-8, keeping every line feed where it was, so that lines
/// and columns in errors are those of the original file.
enum CSVTranscoding {
    /// The characters Windows-1252 gives to the bytes 0x80–0x9F; the five bytes it leaves
    /// undefined keep their Latin-1 control characters, as web browsers do.
    static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// A byte that never occurs in UTF-8: put where the source held something that is not text,
    /// so that the tokenizer stops there with the line and column.
    static let notText: UInt8 = 0xFF

    /// Latin-1 or Windows-1252 bytes as UTF-8.
    static func singleByte(_ text: UnsafeBufferPointer<UInt8>, windows1252: Bool) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.count + text.count / 8)
        for byte in text {
            if byte < 0x80 {
                output.append(byte)
            } else if windows1252 && byte <= 0x9F {
                appendUTF8(windows1252High[Int(byte - 0x80)], to: &output)
            } else {
                appendUTF8(UInt32(byte), to: &output)
            }
        }
        return output
    }

    /// UTF-16 text (after its byte order mark) as UTF-8. An unpaired surrogate or a last odd
    /// byte becomes `notText`.
    static func utf16(_ text: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.count)
        func unit(_ i: Int) -> UInt32 {
            bigEndian ? UInt32(text[i]) << 8 | UInt32(text[i + 1]) : UInt32(text[i + 1]) << 8 | UInt32(text[i])
        }
        var i = 0
        while i + 1 < text.count {
            let first = unit(i)
            i += 2
            switch first {
            case 0xD800...0xDBFF:
                if i + 1 < text.count, case 0xDC00...0xDFFF = unit(i) {
                    appendUTF8(0x10000 + ((first - 0xD800) << 10) + (unit(i) - 0xDC00), to: &output)
                    i += 2
                } else {
                    output.append(notText)
                }
            case 0xDC00...0xDFFF:
                output.append(notText)
            default:
                appendUTF8(first, to: &output)
            }
        }
        if i < text.count { output.append(notText) }
        return output
    }

    /// Whether UTF-16 text without a byte order mark looks big-endian: ASCII characters put
    /// their zero byte first.
    static func looksBigEndian(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var evenZeros = 0
        var oddZeros = 0
        for i in 0..<min(text.count, 4096) where text[i] == 0 {
            if i % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        return evenZeros > oddZeros
    }

    /// UTF-8 text with each double-encoded character decoded back: a run of characters that,
    /// written as Latin-1 or Windows-1252 bytes, makes one valid UTF-8 sequence of two or more
    /// bytes is replaced by that sequence. Other text is kept as it is.
    static func repairingDoubleEncoding(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        guard let base = text.baseAddress else { return [] }
        var output: [UInt8] = []
        output.reserveCapacity(text.count)
        var p = 0
        while p < text.count {
            if base[p] < 0x80 {
                output.append(base[p])
                p += 1
                continue
            }
            if let (bytes, next) = decodedBack(base, at: p, end: text.count) {
                output.append(contentsOf: bytes)
                p = next
            } else {
                let length = CSVEncodingScan.sequenceLength(base, at: p, end: text.count) ?? 1
                output.append(contentsOf: UnsafeBufferPointer(start: base + p, count: length))
                p += length
            }
        }
        return output
    }

    // The UTF-8 sequence the characters from `p` on stand for, and the offset after them.
    private static func decodedBack(
        _ base: UnsafePointer<UInt8>, at start: Int, end: Int
    ) -> ([UInt8], Int)? {
        var p = start
        var bytes: [UInt8] = []
        func nextByte() -> UInt8? {
            guard p < end, base[p] >= 0x80, let length = CSVEncodingScan.sequenceLength(base, at: p, end: end)
            else { return nil }
            let scalar = decode(base, at: p, length: length)
            p += length
            return singleByte(for: scalar)
        }
        guard let lead = nextByte() else { return nil }
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return nil
        }
        bytes.append(lead)
        for _ in 1..<length {
            guard let byte = nextByte(), (0x80...0xBF).contains(byte) else { return nil }
            bytes.append(byte)
        }
        let valid = bytes.withUnsafeBufferPointer {
            CSVEncodingScan.sequenceLength($0.baseAddress.unsafelyUnwrapped, at: 0, end: length) == length
        }
        return valid ? (bytes, p) : nil
    }

    // The Latin-1 or Windows-1252 byte that stands for `scalar`, if one does.
    private static func singleByte(for scalar: UInt32) -> UInt8? {
        if scalar <= 0xFF { return UInt8(scalar) }
        return windows1252High.firstIndex(of: scalar).map { UInt8(0x80 + $0) }
    }

    private static func decode(_ base: UnsafePointer<UInt8>, at p: Int, length: Int) -> UInt32 {
        let masks: [UInt8] = [0, 0x7F, 0x1F, 0x0F, 0x07]
        var scalar = UInt32(base[p] & masks[length])
        for i in 1..<length { scalar = scalar << 6 | UInt32(base[p + i] & 0x3F) }
        return scalar
    }

    static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | scalar >> 6))
            output.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | scalar >> 12))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        default:
            output.append(UInt8(0xF0 | scalar >> 18))
            output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}
