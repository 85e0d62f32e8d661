import Frame

/// What one pass over a file's bytes tells about their encoding.
///
/// The pass reads 32 bytes at a time and only looks closer at words with a byte of 0x80 or
/// more, so an ASCII file costs about one read of memory, split over the cores. A non-ASCII
/// sequence is checked as UTF-8 and for double encoding: a `Ã` or `Â` (U+00C3, U+00C2) followed
/// by a character that Latin-1 or Windows-1252 gives to a byte 0x80–0xBF, which is what a UTF-8
/// `é` (C3 A9) becomes when read as Latin-1 and saved as UTF-8 (`Ã©`).
struct CSVEncodingScan {
    /// The offset of the first byte that is not part of valid UTF-8, if any.
    var firstInvalidUTF8: Int?
    /// The offset of the first double-encoded sequence before `firstInvalidUTF8`, if any.
    var firstDoubleEncoded: Int?

    /// Below this many bytes a second thread is not worth starting.
    static let minimumPartBytes = 1 << 23

    /// Scans `text`.
    init(_ text: UnsafeBufferPointer<UInt8>) {
        guard let base = text.baseAddress else { return }
        let end = text.count
        let parts = max(1, min(Parallel.threadCount, end / Self.minimumPartBytes))
        // Each part starts on a byte that begins a character.
        var bounds = (0...parts).map { end * $0 / parts }
        for i in 1..<parts {
            while bounds[i] < end, (0x80...0xBF).contains(base[bounds[i]]) { bounds[i] += 1 }
        }
        let source = UncheckedBytes(base: base)
        let scans = Parallel.map(parts) { part in
            Self(source.base, from: bounds[part], to: max(bounds[part], bounds[part + 1]), end: end)
        }
        for scan in scans {
            if firstDoubleEncoded == nil, let found = scan.firstDoubleEncoded { firstDoubleEncoded = found }
            if let found = scan.firstInvalidUTF8 {
                firstInvalidUTF8 = found
                break
            }
        }
    }

    // Scans `start..<stop`, where a character may run on to `end`.
    private init(_ base: UnsafePointer<UInt8>, from start: Int, to stop: Int, end: Int) {
        let raw = UnsafeRawPointer(base)
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var p = start
        while p < stop {
            while p + 32 <= stop {
                let word = raw.loadUnaligned(fromByteOffset: p, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: p + 8, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: p + 16, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: p + 24, as: UInt64.self)
                if word & highBits != 0 { break }
                p += 32
            }
            let chunkEnd = min(stop, p + 32)
            while p < chunkEnd {
                if base[p] < 0x80 {
                    p += 1
                    continue
                }
                guard let length = Self.sequenceLength(base, at: p, end: end) else {
                    firstInvalidUTF8 = p
                    return
                }
                if firstDoubleEncoded == nil, Self.isDoubleEncoded(base, at: p, end: end) {
                    firstDoubleEncoded = p
                }
                p += length
            }
        }
    }

    /// Whether `text` holds a byte 0x80–0x9F, which in a single-byte file means Windows-1252
    /// (Latin-1 has only control characters there).
    static func hasWindows1252Bytes(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        text.contains { $0 >= 0x80 && $0 <= 0x9F }
    }

    /// The length of the valid UTF-8 sequence that starts at `p` with a byte ≥ 0x80, or `nil`.
    static func sequenceLength(_ base: UnsafePointer<UInt8>, at p: Int, end: Int) -> Int? {
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch base[p] {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0  // no overlong forms
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F  // no UTF-16 surrogates
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F  // nothing above U+10FFFF
        default: return nil
        }
        guard p + length <= end else { return nil }
        for i in 1..<length {
            let range = i == 1 ? low...high : 0x80...0xBF
            guard range.contains(base[p + i]) else { return nil }
        }
        return length
    }

    // `Â` or `Ã` (C3 82, C3 83), then a character some byte 0x80–0xBF stands for in Latin-1 or
    // Windows-1252: C2 80–BF, or one of the Windows-1252 punctuation and letters (E2 80/82/84 …,
    // C5 xx, C6 92, CB 86/9C).
    private static func isDoubleEncoded(_ base: UnsafePointer<UInt8>, at p: Int, end: Int) -> Bool {
        guard p + 3 < end, base[p] == 0xC3, base[p + 1] == 0x82 || base[p + 1] == 0x83 else {
            return false
        }
        switch base[p + 2] {
        case 0xC2: return (0x80...0xBF).contains(base[p + 3])
        case 0xC5, 0xC6, 0xCB: return true
        case 0xE2: return base[p + 3] == 0x80 || base[p + 3] == 0x82 || base[p + 3] == 0x84
        default: return false
        }
    }
}

/// The input bytes, read by every thread and written by none.
private struct UncheckedBytes: @unchecked Sendable {
    let base: UnsafePointer<UInt8>
}
