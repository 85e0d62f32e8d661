/// Which rows of a column hold a value: a bitmap with one bit per row, set when the row is valid.
///
/// A column with no nulls carries no bitmap at all, so kernels test `hasNulls` once and then run
/// a tight loop over the values.
public struct Validity: Sendable, Equatable {
    /// One bit per row, least significant first; `nil` when every row is valid.
    public private(set) var words: [UInt64]?
    /// The number of rows covered.
    public private(set) var count: Int
    /// The number of null rows.
    public private(set) var nullCount: Int

    /// A validity for `count` rows, all valid.
    public init(allValid count: Int) {
        self.words = nil
        self.count = count
        self.nullCount = 0
    }

    /// A validity for `count` rows, all null.
    public init(allNull count: Int) {
        self.words = count == 0 ? nil : [UInt64](repeating: 0, count: (count + 63) / 64)
        self.count = count
        self.nullCount = count
    }

    /// A validity from a bitmap of `count` rows, least significant bit first; bits past `count`
    /// are ignored. Readers that build bitmaps a word at a time hand them over this way.
    public init(words: [UInt64], count: Int) {
        precondition(words.count >= (count + 63) / 64, "too few words for the row count")
        var bits = Array(words.prefix((count + 63) / 64))
        if count % 64 != 0 { bits[bits.count - 1] &= (1 << UInt64(count % 64)) - 1 }
        let valid = bits.reduce(0) { $0 + $1.nonzeroBitCount }
        self.words = valid == count ? nil : bits
        self.count = count
        self.nullCount = count - valid
    }

    /// A validity from one flag per row.
    public init<S: Sequence>(_ flags: S) where S.Element == Bool {
        var words: [UInt64] = []
        var count = 0
        var nulls = 0
        for flag in flags {
            if count % 64 == 0 { words.append(0) }
            if flag { words[count / 64] |= 1 << UInt64(count % 64) } else { nulls += 1 }
            count += 1
        }
        self.words = nulls == 0 ? nil : words
        self.count = count
        self.nullCount = nulls
    }

    /// Whether any row is null.
    @inlinable
    public var hasNulls: Bool { nullCount > 0 }

    /// Whether row `index` holds a value.
    @inlinable
    public func isValid(_ index: Int) -> Bool {
        guard let words else { return true }
        return words[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    /// Appends one row.
    public mutating func append(_ valid: Bool) {
        if valid && words == nil {
            count += 1
            return
        }
        // The first null turns the implicit all-valid bitmap into words; bits past `count` stay
        // clear, so two validities of the same rows are equal however they were built.
        var bits = words ?? Validity.allValidWords(count)
        words = nil
        if count % 64 == 0 { bits.append(0) }
        if valid {
            bits[count / 64] |= 1 << UInt64(count % 64)
        } else {
            nullCount += 1
        }
        words = bits
        count += 1
    }

    /// Words with the first `count` bits set and the rest clear.
    private static func allValidWords(_ count: Int) -> [UInt64] {
        var bits = [UInt64](repeating: ~0, count: (count + 63) / 64)
        if count % 64 != 0 { bits[bits.count - 1] = (1 << UInt64(count % 64)) - 1 }
        return bits
    }

    /// The validity of the rows at `indices`, in that order.
    public func gathering(_ indices: [Int]) -> Validity {
        guard hasNulls else { return Validity(allValid: indices.count) }
        return Validity(indices.lazy.map { isValid($0) })
    }

    /// The validity that is valid where both are.
    public func intersection(_ other: Validity) -> Validity {
        precondition(count == other.count, "validity lengths differ")
        guard let a = words else { return other }
        guard let b = other.words else { return self }
        var result = Validity(allValid: count)
        var merged = [UInt64](repeating: 0, count: a.count)
        var nulls = 0
        for i in 0..<a.count {
            merged[i] = a[i] & b[i]
        }
        for i in 0..<count where merged[i >> 6] & (1 << UInt64(i & 63)) == 0 { nulls += 1 }
        if nulls > 0 {
            result.words = merged
            result.nullCount = nulls
        }
        return result
    }
}
