/// The rows of a frame split into groups by the values of key columns.
///
/// Groups are numbered in order of first appearance, and a null key is a group of its own
/// (pandas drops such rows by default; this engine never does).
///
/// Each key becomes dense codes (dictionary codes for text, offsets for integers in a small
/// range); the codes of all keys are packed into one 64-bit number per row and numbered with a
/// flat table when the packed space is small, or a hash table otherwise, on all cores.
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
        var columns: [AnyColumn] = []
        for key in keys {
            guard let column = frame[key] else {
                throw .unknownColumn(key, available: frame.columnNames)
            }
            columns.append(column)
        }
        guard !columns.isEmpty else {
            groupOfRow = [Int32](repeating: 0, count: frame.rowCount)
            groupCount = 1
            firstRows = [frame.rowCount == 0 ? -1 : 0]
            return
        }
        var pending = columns.map(GroupKey.init)
        var numbering: GroupNumbering
        repeat {
            // Pack as many keys as fit in 64 bits; number them; the group numbers then stand
            // for those keys in front of the rest.
            var batch = [pending.removeFirst()]
            var keySpace = batch[0].cardinality
            while let next = pending.first {
                let (space, overflow) = keySpace.multipliedReportingOverflow(by: next.cardinality)
                if overflow { break }
                keySpace = space
                batch.append(pending.removeFirst())
            }
            let packing = batch
            numbering = GroupNumbering(rowCount: frame.rowCount, keySpace: keySpace) { rows, packed in
                for (index, key) in packing.enumerated() { key.fold(rows, into: packed, first: index == 0) }
            }
            if !pending.isEmpty {
                pending.insert(GroupKey(groups: numbering.groupOfRow, count: numbering.groupCount), at: 0)
            }
        } while !pending.isEmpty
        groupOfRow = numbering.groupOfRow
        groupCount = numbering.groupCount
        firstRows = numbering.firstRows
    }

    /// The rows of each group, in row order.
    public func rowsByGroup() -> [[Int]] {
        var rows = [[Int]](repeating: [], count: groupCount)
        for (row, group) in groupOfRow.enumerated() { rows[Int(group)].append(row) }
        return rows
    }
}
