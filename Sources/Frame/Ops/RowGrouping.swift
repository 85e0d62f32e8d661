/// The rows of a frame split into groups by the values of key columns.
///
/// Groups are numbered in order of first appearance, and a null key is a group of its own
/// (pandas drops such rows by default; this engine never does).
public struct RowGrouping: Sendable {
    /// The group number of each row.
    public let groupOfRow: [Int32]
    /// The number of groups.
    public let groupCount: Int
    /// The first row of each group, in group order.
    public let firstRows: [Int]

    /// Groups the rows of `frame` by the named columns. No keys gives one group of every row
    /// (and one group even when the frame is empty, as SQL's aggregate without `GROUP BY`).
    public init(_ frame: DataFrame, keys: [String]) throws(FrameError) {
        var combined = [Int32](repeating: 0, count: frame.rowCount)
        var count = frame.rowCount == 0 && !keys.isEmpty ? 0 : 1
        for key in keys {
            guard let column = frame[key] else {
                throw .unknownColumn(key, available: frame.columnNames)
            }
            let (codes, cardinality) = RowGrouping.denseCodes(column)
            (combined, count) = RowGrouping.combine(combined, count, codes, cardinality)
        }
        groupOfRow = combined
        groupCount = count
        var first = [Int](repeating: -1, count: count)
        for row in combined.indices where first[Int(combined[row])] < 0 {
            first[Int(combined[row])] = row
        }
        firstRows = first
    }

    /// The rows of each group, in row order.
    public func rowsByGroup() -> [[Int]] {
        var rows = [[Int]](repeating: [], count: groupCount)
        for (row, group) in groupOfRow.enumerated() { rows[Int(group)].append(row) }
        return rows
    }

    /// Codes 0..<cardinality for the distinct values of a column, in order of first appearance,
    /// with null as one more value.
    static func denseCodes(_ column: AnyColumn) -> ([Int32], Int) {
        switch column.storage {
        case .int64(let c): return dense(c.values, c.validity)
        case .double(let c): return dense(c.values.map { $0 == 0 ? 0 : $0 }, c.validity)
        case .bool(let c): return dense(c.values, c.validity)
        case .date(let c): return dense(c.values, c.validity)
        case .string(let c):
            // Dictionary codes are already dense; renumber by first appearance.
            var remap = [Int32](repeating: -1, count: c.dictionary.count + 1)
            var next: Int32 = 0
            var codes = [Int32](repeating: 0, count: c.count)
            let nullSlot = c.dictionary.count
            for row in 0..<c.count {
                let slot = c.validity.isValid(row) ? Int(c.codes[row]) : nullSlot
                if remap[slot] < 0 {
                    remap[slot] = next
                    next += 1
                }
                codes[row] = remap[slot]
            }
            return (codes, Int(next))
        }
    }

    private static func dense<T: Hashable>(_ values: [T], _ validity: Validity) -> ([Int32], Int) {
        var lookup: [T: Int32] = [:]
        var nullCode: Int32 = -1
        var next: Int32 = 0
        var codes = [Int32](repeating: 0, count: values.count)
        for row in values.indices {
            if validity.isValid(row) {
                if let code = lookup[values[row]] {
                    codes[row] = code
                } else {
                    lookup[values[row]] = next
                    codes[row] = next
                    next += 1
                }
            } else {
                if nullCode < 0 {
                    nullCode = next
                    next += 1
                }
                codes[row] = nullCode
            }
        }
        return (codes, Int(next))
    }

    /// Pairs each row's group so far with its code in one more key, renumbering by first
    /// appearance so group order stays the order of first appearance.
    private static func combine(
        _ groups: [Int32], _ groupCount: Int, _ codes: [Int32], _ cardinality: Int
    ) -> ([Int32], Int) {
        var result = [Int32](repeating: 0, count: groups.count)
        var next: Int32 = 0
        if groupCount * cardinality <= 1 << 24 {
            // Small key space: a flat table instead of hashing.
            var table = [Int32](repeating: -1, count: max(1, groupCount * cardinality))
            for row in groups.indices {
                let slot = Int(groups[row]) * cardinality + Int(codes[row])
                if table[slot] < 0 {
                    table[slot] = next
                    next += 1
                }
                result[row] = table[slot]
            }
        } else {
            var table: [Int64: Int32] = [:]
            for row in groups.indices {
                let key = Int64(groups[row]) << 32 | Int64(codes[row])
                if let code = table[key] {
                    result[row] = code
                } else {
                    table[key] = next
                    result[row] = next
                    next += 1
                }
            }
        }
        return (result, Int(next))
    }
}
