/// Gives each row the group of its packed key, numbering groups in order of first appearance.
///
/// With a flat table (small key space) each thread numbers a contiguous range of rows with its
/// own table, and the tables are merged in range order: the groups first seen in the first range,
/// in order, then those new in the second range, and so on. With a hash table (large key space,
/// possibly as many groups as rows) merging would be as costly as numbering, so instead each
/// thread owns the keys whose hash falls in its partition and numbers them over all rows; the
/// groups of all partitions are then ordered by their first rows. Either way the numbering is
/// exactly the sequential one.
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
            (groupOfRow, firstRows) = Self.numberByPartition(rowCount, keySpace, fill)
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

    private static func numberByPartition(
        _ rowCount: Int, _ keySpace: UInt64, _ fill: (Range<Int>, UnsafeMutablePointer<UInt64>) -> Void
    ) -> ([Int32], [Int]) {
        // Rows hold `local << bits | partition` until the groups are renumbered.
        let parts = rowCount < Parallel.minimumRowsPerPart ? 1 : Parallel.threadCount
        let bits = Int.bitWidth - (parts - 1).leadingZeroBitCount
        guard parts > 1, rowCount << bits <= Int(Int32.max) else {
            return number(rowCount, fill) { rows in HashGroupTable(expected: Int(min(UInt64(rows), keySpace))) }
        }
        let expected = Int(min(UInt64(rowCount), keySpace)) / parts
        var firstRows: [Int] = []
        let groups = [Int32](unsafeUninitializedCapacity: rowCount) { buffer, initialized in
            let out = UncheckedSendable(buffer.baseAddress!)
            let partitions = Parallel.map(parts) { part in
                var table = HashGroupTable(expected: expected)
                var first: [Int] = []
                let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: chunkSize)
                defer { keys.deallocate() }
                var start = 0
                while start < rowCount {
                    let end = min(start + chunkSize, rowCount)
                    fill(start..<end, keys)
                    for offset in 0..<(end - start) {
                        let hash = HashGroupTable.hash(keys[offset])
                        // The high bits pick the partition; the table's slots use the low ones.
                        guard Int(UInt(bitPattern: hash) >> 40) % parts == part else { continue }
                        let group = table.group(of: keys[offset], hash: hash)
                        if Int(group) == first.count { first.append(start + offset) }
                        out.value[start + offset] = Int32(Int(group) << bits | part)
                    }
                    start = end
                }
                return first
            }
            // Merge the partitions' first rows, each increasing, into one increasing list.
            var remaps = partitions.map { [Int32](repeating: 0, count: $0.count) }
            var heads = [Int](repeating: 0, count: parts)
            firstRows.reserveCapacity(partitions.reduce(0) { $0 + $1.count })
            while true {
                var best = -1
                for part in 0..<parts where heads[part] < partitions[part].count {
                    if best < 0 || partitions[part][heads[part]] < partitions[best][heads[best]] { best = part }
                }
                if best < 0 { break }
                remaps[best][heads[best]] = Int32(firstRows.count)
                firstRows.append(partitions[best][heads[best]])
                heads[best] += 1
            }
            let mask = (1 << bits) - 1
            let final = UncheckedSendable(remaps)
            _ = Parallel.mapRanges(rowCount) { rows in
                for row in rows {
                    let value = Int(out.value[row])
                    out.value[row] = final.value[value & mask][value >> bits]
                }
            }
            initialized = rowCount
        }
        return (groups, firstRows)
    }
}
