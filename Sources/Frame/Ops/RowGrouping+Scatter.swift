extension RowGrouping {
    /// The valid values of every group laid out contiguously, group after group, each group's
    /// values in row order: group `g` holds `values[offsets[g] ..< offsets[g + 1]]`.
    struct Scattered {
        var values: GroupBuffer<Double>
        var offsets: [Int]
    }

    /// Sorts the valid values by group (a counting sort on all cores: each thread writes its
    /// rows from its own offset within each group).
    func scatter<Term: GroupTerm>(count: Int, _ validity: Validity, _ term: Term) -> Scattered {
        let ranges = Parallel.ranges(count)
        let partCounts: [[Int]] = groupOfRow.withUnsafeBufferPointer { groups in
            Parallel.map(ranges.count) { part in
                var counts = [Int](repeating: 0, count: groupCount)
                counts.withUnsafeMutableBufferPointer { counts in
                    for row in ranges[part] where validity.isValid(row) { counts[Int(groups[row])] &+= 1 }
                }
                return counts
            }
        }
        var offsets = [Int](repeating: 0, count: groupCount + 1)
        var cursors = [[Int]](repeating: [], count: ranges.count)
        for part in ranges.indices { cursors[part] = [Int](repeating: 0, count: groupCount) }
        var next = 0
        for group in 0..<groupCount {
            offsets[group] = next
            for part in ranges.indices {
                cursors[part][group] = next
                next += partCounts[part][group]
            }
        }
        offsets[groupCount] = next
        let scattered = GroupBuffer<Double>(count: next, repeating: 0)
        let out = scattered.base
        groupOfRow.withUnsafeBufferPointer { groups in
            _ = Parallel.map(ranges.count) { part in
                var cursor = cursors[part]
                cursor.withUnsafeMutableBufferPointer { cursor in
                    for row in ranges[part] where validity.isValid(row) {
                        let group = Int(groups[row])
                        out[cursor[group]] = term(row, group)
                        cursor[group] &+= 1
                    }
                }
            }
        }
        return Scattered(values: scattered, offsets: offsets)
    }
}
