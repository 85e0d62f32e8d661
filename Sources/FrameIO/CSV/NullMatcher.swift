/// Decides whether a cell's bytes are one of the null encodings, without making a `String`.
struct NullMatcher {
    // Bit n is set when some encoding is n bytes long (n < 63), bit 63 when one is longer, and
    // bit 0 when the empty cell is null; so most cells are rejected by one test.
    private let lengths: UInt64
    /// Encodings of 1 to 8 bytes, packed into words (first byte lowest) with their lengths.
    private let short: [(word: UInt64, count: Int)]
    /// Longer encodings, compared byte by byte.
    private let long: [[UInt8]]
    /// The first bytes of the non-empty encodings.
    private let firstBytes: ByteSet

    init(_ encodings: Set<String>) {
        // Sorted so that matching does not depend on the set's hash order.
        let byteEncodings = encodings.map { Array($0.utf8) }.filter { !$0.isEmpty }
            .sorted { $0.lexicographicallyPrecedes($1) }
        lengths = byteEncodings.reduce(encodings.contains("") ? 1 : 0) { bits, encoding in
            bits | Self.lengthBit(encoding.count)
        }
        short = byteEncodings.filter { $0.count <= 8 }.map { encoding in
            encoding.withUnsafeBufferPointer { (Self.pack($0), $0.count) }
        }
        long = byteEncodings.filter { $0.count > 8 }
        firstBytes = ByteSet(byteEncodings.map { $0[0] })
    }

    @inline(__always)
    func matches(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        if lengths & Self.lengthBit(cell.count) == 0 { return false }
        return cell.isEmpty || matchesNonEmpty(cell)
    }

    @inline(__always)
    private static func lengthBit(_ count: Int) -> UInt64 {
        1 &<< UInt64(truncatingIfNeeded: min(count, 63))
    }

    @inline(never)
    private func matchesNonEmpty(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        // Most cells of a matching length still differ in the first byte (`12` against `NA`).
        if !firstBytes.contains(cell[0]) { return false }
        return cell.count <= 8 ? matchesShort(cell) : matchesLong(cell)
    }

    private func matchesShort(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        let word = Self.pack(cell)
        for encoding in short where encoding.count == cell.count && encoding.word == word {
            return true
        }
        return false
    }

    private func matchesLong(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        long.contains { $0.count == cell.count && $0.elementsEqual(cell) }
    }

    private static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var word: UInt64 = 0
        for (index, byte) in bytes.enumerated() { word |= UInt64(byte) << UInt64(index * 8) }
        return word
    }
}

/// A set of bytes as a 256-bit mask.
struct ByteSet {
    private var low: UInt128 = 0
    private var high: UInt128 = 0

    init(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            if byte < 128 { low |= 1 << UInt128(byte) } else { high |= 1 << UInt128(byte - 128) }
        }
    }

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        byte < 128 ? low >> UInt128(byte) & 1 != 0 : high >> UInt128(byte - 128) & 1 != 0
    }
}
