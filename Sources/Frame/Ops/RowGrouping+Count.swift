extension RowGrouping {
    /// The number of rows of each group.
    func countRows() -> [Int64] {
        countRows { _ in true }
    }

    /// The number of valid rows of each group.
    func countValid(_ validity: Validity) -> [Int64] {
        guard validity.hasNulls else { return countRows() }
        return countRows { validity.isValid($0) }
    }

    /// The number of rows of each group where a boolean column is true.
    func countTrue(_ column: Column<Bool>) -> [Int64] {
        column.values.withUnsafeBufferPointer { values in
            column.validity.hasNulls
                ? countRows { values[$0] && column.validity.isValid($0) }
                : countRows { values[$0] }
        }
    }

    @inline(__always)
    private func countRows(where included: (Int) -> Bool) -> [Int64] {
        let counts = accumulate {
            GroupBuffer<Int64>(count: groupCount, repeating: 0)
        } fold: { counts, rows, groups in
            for row in rows where included(row) { counts.base[Int(groups[row])] &+= 1 }
        } merge: { total, part in
            for group in 0..<groupCount { total.base[group] &+= part.base[group] }
        }
        return counts.array
    }
}
