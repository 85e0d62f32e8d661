import Frame

/// Memory for a known number of values and their validity bits, written by row index.
///
/// The first pass counts the rows, so the second can write each cell straight into place: no
/// appends, no growth, no copy-on-write checks per cell. `finish` copies the values into a
/// `Column`; the owner must call `deallocate` once.
struct RowBuffer<Element: Sendable> {
    private let values: UnsafeMutablePointer<Element>
    private let validWords: UnsafeMutablePointer<UInt64>
    private let count: Int

    /// Memory for `count` rows, all null until written. `Element` must be a trivial type.
    init(count: Int, placeholder: Element) {
        self.count = count
        values = .allocate(capacity: max(count, 1))
        values.initialize(repeating: placeholder, count: count)
        let wordCount = max((count + 63) / 64, 1)
        validWords = .allocate(capacity: wordCount)
        validWords.initialize(repeating: 0, count: wordCount)
    }

    /// Stores a value in `row` and marks it valid.
    @inline(__always)
    func set(_ value: Element, at row: Int) {
        values[row] = value
        validWords[row >> 6] |= 1 << UInt64(row & 63)
    }

    /// The stored values and their validity.
    func finish() -> (values: [Element], validity: Validity) {
        let copied = Array(UnsafeBufferPointer(start: values, count: count))
        let wordCount = (count + 63) / 64
        var valid = 0
        for index in 0..<wordCount { valid += validWords[index].nonzeroBitCount }
        guard valid < count else { return (copied, Validity(allValid: count)) }
        // `Validity` builds its bitmap from flags; the words are read back one bit at a time.
        let words = validWords
        let flags = (0..<count).lazy.map { words[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 }
        return (copied, Validity(flags))
    }

    func finishColumn() -> Column<Element> {
        let (values, validity) = finish()
        return Column(values: values, validity: validity)
    }

    func deallocate() {
        values.deallocate()
        validWords.deallocate()
    }
}
