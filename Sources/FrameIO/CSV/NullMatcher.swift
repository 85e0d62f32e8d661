/// Decides whether a cell's bytes are one of the null encodings, without making a `String`.
struct NullMatcher {
    private let encodings: [[UInt8]]
    private let matchesEmpty: Bool
    // Bit n is set when some encoding is n bytes long (n < 64), so most cells are rejected by
    // one test.
    private let lengths: UInt64
    private let hasLongEncodings: Bool

    init(_ encodings: Set<String>) {
        // Sorted so that matching does not depend on the set's hash order.
        let byteEncodings = encodings.map { Array($0.utf8) }.filter { !$0.isEmpty }
            .sorted { $0.lexicographicallyPrecedes($1) }
        self.encodings = byteEncodings
        matchesEmpty = encodings.contains("")
        lengths = byteEncodings.reduce(0) { bits, encoding in
            encoding.count < 64 ? bits | 1 << UInt64(encoding.count) : bits
        }
        hasLongEncodings = byteEncodings.contains { $0.count >= 64 }
    }

    @inline(__always)
    func matches(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = cell.count
        if count == 0 { return matchesEmpty }
        if count < 64 {
            if lengths & (1 << UInt64(count)) == 0 { return false }
        } else if !hasLongEncodings {
            return false
        }
        return matchesSlowly(cell)
    }

    private func matchesSlowly(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        encodings.contains { $0.count == cell.count && $0.elementsEqual(cell) }
    }
}
