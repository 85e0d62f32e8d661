import Frame

/// Memory for a known number of values and their validity bits, written by row index.
///
/// The first pass counts the rows, so the second can write each cell straight into place: no
/// appends, no growth, no copy-on-write checks per cell. `ColumnBuilding` copies the values of
/// every part into one `Column`; the owner must call `deallocate` once.
struct RowBuffer<Element: Sendable> {
    private let values: UnsafeMutablePointer<Element>
    private let validWords: UnsafeMutablePointer<UInt64>
    /// The number of rows.
    let count: Int

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

    /// Copies the values to `destination`, which has room for `count` of them.
    func copyValues(to destination: UnsafeMutablePointer<Element>) {
        destination.update(from: values, count: count)
    }

    /// The number of valid rows.
    var validCount: Int {
        (0..<(count + 63) / 64).reduce(0) { $0 + validWords[$1].nonzeroBitCount }
    }

    /// ORs this buffer's validity bits into `words`, starting at bit `offset`.
    func copyValidity(into words: inout [UInt64], at offset: Int) {
        let shift = UInt64(offset & 63)
        for index in 0..<(count + 63) / 64 {
            var word = validWords[index]
            let rowsHere = min(64, count - index * 64)
            if rowsHere < 64 { word &= (1 << UInt64(rowsHere)) - 1 }
            let target = (offset >> 6) + index
            words[target] |= word << shift
            if shift != 0, target + 1 < words.count { words[target + 1] |= word >> (64 - shift) }
        }
    }

    func deallocate() {
        values.deallocate()
        validWords.deallocate()
    }
}
