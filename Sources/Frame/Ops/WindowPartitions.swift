/// The rows of a frame split into partitions by key columns, each partition in a window order:
/// the layout every window function reads.
///
/// Partitions are the groups of ``RowGrouping`` (a null key is a partition of its own); within
/// a partition rows follow the order keys, ties keeping their row order, or simply row order
/// when there are no keys. Window functions give one value per row, in the frame's row order.
///
///     let windows = try WindowPartitions(frame, partitionBy: ["facility"], orderBy: [SortKey("issued_on")])
///     let previous = windows.lagging(frame["score"]!, by: 1)
public struct WindowPartitions: Sendable {
    /// The number of rows.
    public let rowCount: Int
    /// The number of partitions.
    public var partitionCount: Int { grouping.groupCount }
    /// The partitions, as groups.
    let grouping: RowGrouping
    /// Every row, partition after partition, each partition in window order.
    let orderedRows: [Int]
    /// Partition `p` holds `orderedRows[partitionStarts[p] ..< partitionStarts[p + 1]]`.
    let partitionStarts: [Int]
    /// The order's columns and directions, for peers and range frames.
    let orderColumns: [AnyColumn]
    let orderKeys: [SortKey]

    /// Partitions the rows of `frame` by the `partitionBy` columns and orders each partition by
    /// `orderBy`; no partition keys gives one partition of every row.
    ///
    /// - Complexity: O(*n* log *n*) for the order, O(*n*) without one.
    public init(_ frame: DataFrame, partitionBy keys: [String] = [], orderBy order: [SortKey] = []) throws(FrameError) {
        let grouping = try RowGrouping(frame, keys: keys)
        let sorted = order.isEmpty ? Array(0..<frame.rowCount) : try frame.sortedIndices(by: order)
        // A counting sort by partition keeps the sorted order within each partition.
        var starts = [Int](repeating: 0, count: grouping.groupCount + 1)
        for group in grouping.groupOfRow { starts[Int(group) + 1] += 1 }
        for group in 0..<grouping.groupCount { starts[group + 1] += starts[group] }
        var cursor = starts
        var rows = [Int](repeating: 0, count: frame.rowCount)
        grouping.groupOfRow.withUnsafeBufferPointer { groups in
            for row in sorted {
                let group = Int(groups[row])
                rows[cursor[group]] = row
                cursor[group] += 1
            }
        }
        rowCount = frame.rowCount
        self.grouping = grouping
        orderedRows = rows
        partitionStarts = starts
        orderKeys = order
        orderColumns = order.map { frame[$0.column]! }
    }

    /// The positions in `orderedRows` of partition `partition`.
    func positions(of partition: Int) -> Range<Int> {
        partitionStarts[partition]..<partitionStarts[partition + 1]
    }

    /// The row numbers, 1 for the first row of each partition.
    public func rowNumbers() -> Column<Int64> {
        var numbers = [Int64](repeating: 0, count: rowCount)
        for partition in 0..<partitionCount {
            let positions = positions(of: partition)
            for position in positions { numbers[orderedRows[position]] = Int64(position - positions.lowerBound + 1) }
        }
        return Column(values: numbers)
    }

    /// The bucket, 1 to `buckets`, of each row when each partition is cut into `buckets` parts
    /// of as equal sizes as can be, the larger parts first (SQL's `NTILE`).
    public func ntiles(_ buckets: Int) -> Column<Int64> {
        precondition(buckets > 0, "ntile needs at least one bucket")
        var tiles = [Int64](repeating: 0, count: rowCount)
        for partition in 0..<partitionCount {
            let positions = positions(of: partition)
            let size = positions.count / buckets, larger = positions.count % buckets
            for position in positions {
                let index = position - positions.lowerBound
                let tile = index < larger * (size + 1)
                    ? index / (size + 1) : larger + (index - larger * (size + 1)) / max(size, 1)
                tiles[orderedRows[position]] = Int64(tile + 1)
            }
        }
        return Column(values: tiles)
    }
}
