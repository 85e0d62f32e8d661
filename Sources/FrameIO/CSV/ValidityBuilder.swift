import Frame

/// Collects one validity bit per row into words, for a known number of rows.
struct ValidityBuilder {
    private var words: [UInt64]
    private(set) var count = 0
    private var nullCount = 0

    init(capacity: Int) {
        words = [UInt64](repeating: 0, count: (capacity + 63) / 64)
    }

    @inline(__always)
    mutating func append(_ valid: Bool) {
        let wordIndex = count >> 6
        if wordIndex == words.count { words.append(0) }
        if valid {
            words[wordIndex] |= 1 << UInt64(count & 63)
        } else {
            nullCount += 1
        }
        count += 1
    }

    /// The finished validity; a column without nulls gets no bitmap.
    func finish() -> Validity {
        guard nullCount > 0 else { return Validity(allValid: count) }
        // `Validity` builds its bitmap from flags; the words are read back one bit at a time.
        let words = self.words
        return Validity((0..<count).lazy.map { words[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 })
    }
}

/// Collects the values of a fixed-width column (integers, doubles, booleans, dates).
struct PrimitiveBuilder<Element: Sendable> {
    private var values: [Element]
    private var validity: ValidityBuilder
    private let placeholder: Element

    init(capacity: Int, placeholder: Element) {
        values = []
        values.reserveCapacity(capacity)
        validity = ValidityBuilder(capacity: capacity)
        self.placeholder = placeholder
    }

    @inline(__always)
    mutating func append(_ value: Element) {
        values.append(value)
        validity.append(true)
    }

    @inline(__always)
    mutating func appendNull() {
        values.append(placeholder)
        validity.append(false)
    }

    func finish() -> Column<Element> {
        Column(values: values, validity: validity.finish())
    }
}
