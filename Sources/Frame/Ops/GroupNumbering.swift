/// Gives each row the group of its packed key, numbering groups in order of first appearance.
///
/// Each thread numbers a contiguous range of rows with its own table; the tables are then merged
/// in range order, which keeps the numbering exactly the sequential one: the groups first seen in
/// the first range, in order, then those new in the second range, and so on.
struct GroupNumbering {
    /// The group of each row.
    var groupOfRow: [Int32]
    /// The first row of each group, in group order.
    var firstRows: [Int]

    /// The largest key space numbered with a flat table (4 bytes per possible key and thread).
    static let flatLimit: UInt64 = 1 << 22
    /// Rows whose keys are packed at a time, so the buffer stays in the first-level cache.
    static let chunkSize = 2048

    /// Numbers `rowCount` rows whose packed keys lie in `0..<keySpace`; `fill(rows, buffer)`
    /// writes the keys of `rows` to `buffer[0..<rows.count]` and may run on several threads.
    init(
        rowCount: Int, keySpace: UInt64,
        fill: (Range<Int>, UnsafeMutablePointer<UInt64>) -> Void
    ) {
        guard rowCount > 0 else {
            groupOfRow = []
            firstRows = []
            return
        }
        if keySpace <= Self.flatLimit {
            (groupOfRow, firstRows) = Self.number(rowCount, fill) { _ in
                FlatGroupTable(keySpace: Int(keySpace))
            }
        } else {
            (groupOfRow, firstRows) = Self.number(rowCount, fill) { rows in
                HashGroupTable(expected: Int(min(UInt64(rows), keySpace)))
            }
        }
    }

    /// The number of groups.
    var groupCount: Int { firstRows.count }

    private static func number<Table: GroupTable>(
        _ rowCount: Int, _ fill: (Range<Int>, UnsafeMutablePointer<UInt64>) -> Void,
        _ makeTable: (Int) -> Table
    ) -> ([Int32], [Int]) {
        var firstRows: [Int] = []
        let groups = [Int32](unsafeUninitializedCapacity: rowCount) { buffer, initialized in
            let out = UncheckedSendable(buffer.baseAddress!)
            let ranges = Parallel.ranges(rowCount)
            let parts = Parallel.map(ranges.count) { part in
                numberRange(ranges[part], out.value, fill, makeTable(ranges[part].count))
            }
            var table = parts[0].table
            firstRows = parts[0].firstRows
            for (part, local) in parts.enumerated().dropFirst() {
                let remap = local.table.keys.enumerated().map { localGroup, key in
                    let known = table.count
                    let group = table.group(of: key)
                    if table.count > known { firstRows.append(local.firstRows[localGroup]) }
                    return group
                }
                remap.withUnsafeBufferPointer { remap in
                    for row in ranges[part] { out.value[row] = remap[Int(out.value[row])] }
                }
            }
            initialized = rowCount
        }
        return (groups, firstRows)
    }

    private static func numberRange<Table: GroupTable>(
        _ rows: Range<Int>, _ out: UnsafeMutablePointer<Int32>,
        _ fill: (Range<Int>, UnsafeMutablePointer<UInt64>) -> Void, _ empty: Table
    ) -> (table: Table, firstRows: [Int]) {
        var table = empty
        var firstRows: [Int] = []
        let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: chunkSize)
        defer { keys.deallocate() }
        var start = rows.lowerBound
        while start < rows.upperBound {
            let end = min(start + chunkSize, rows.upperBound)
            fill(start..<end, keys)
            for offset in 0..<(end - start) {
                let group = table.group(of: keys[offset])
                if Int(group) == firstRows.count { firstRows.append(start + offset) }
                out[start + offset] = group
            }
            start = end
        }
        return (table, firstRows)
    }
}
