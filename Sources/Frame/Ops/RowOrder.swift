/// Compares two rows of one column, for sorting and ranking.
///
/// Values are compared on typed buffers; text compares by Unicode code points (the order of
/// UTF-8 bytes, as DuckDB does), through a rank computed once per dictionary entry.
struct RowOrder {
    private let compareValues: (Int, Int) -> Int
    private let validity: Validity

    init(_ column: AnyColumn) {
        validity = column.validity
        switch column.storage {
        case .int64(let c): compareValues = RowOrder.comparing(c.values)
        case .double(let c): compareValues = RowOrder.comparing(c.values)
        case .bool(let c): compareValues = RowOrder.comparing(c.values.map { $0 ? 1 : 0 })
        case .date(let c): compareValues = RowOrder.comparing(c.values.map(\.daysSinceEpoch))
        case .string(let c):
            let ranks = RowOrder.codePointRanks(c.dictionary)
            compareValues = RowOrder.comparing(c.rankedCodes(ranks))
        }
    }

    /// Negative, zero or positive as row `a` sorts before, with, or after row `b`.
    func compare(_ a: Int, _ b: Int, descending: Bool, nullsFirst: Bool) -> Int {
        let validA = validity.isValid(a)
        let validB = validity.isValid(b)
        if !validA || !validB {
            if validA == validB { return 0 }
            return validA == nullsFirst ? 1 : -1
        }
        let order = compareValues(a, b)
        return descending ? -order : order
    }

    /// Whether row `index` holds a value.
    func isValid(_ index: Int) -> Bool { validity.isValid(index) }

    private static func comparing<T: Comparable>(_ values: [T]) -> (Int, Int) -> Int {
        { a, b in values[a] < values[b] ? -1 : (values[b] < values[a] ? 1 : 0) }
    }

    /// The position of each dictionary string in code-point order.
    static func codePointRanks(_ dictionary: [String]) -> [Int32] {
        let order = dictionary.indices.sorted {
            dictionary[$0].unicodeScalars.lexicographicallyPrecedes(dictionary[$1].unicodeScalars)
        }
        var ranks = [Int32](repeating: 0, count: dictionary.count)
        var rank: Int32 = 0
        for (position, index) in order.enumerated() {
            if position > 0 && dictionary[order[position - 1]] != dictionary[index] { rank += 1 }
            ranks[index] = rank
        }
        return ranks
    }
}
