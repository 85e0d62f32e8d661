extension RowGrouping {
    /// Folds every row into per-group state on all cores: each thread starts from `initial()`
    /// and folds a contiguous range of rows with `fold(state, rows, groupOfRow)`; the states are
    /// then merged in range order, so the result does not depend on timing.
    func accumulate<State>(
        _ initial: () -> State,
        fold: (State, Range<Int>, UnsafePointer<Int32>) -> Void,
        merge: (State, State) -> Void
    ) -> State {
        groupOfRow.withUnsafeBufferPointer { groups in
            // An empty frame has no rows to read, but a base address is still needed.
            let base = groups.baseAddress ?? UnsafePointer(bitPattern: 8)!
            let parts = Parallel.mapRanges(groups.count) { rows in
                let state = initial()
                fold(state, rows, base)
                return state
            }
            for part in parts.dropFirst() { merge(parts[0], part) }
            return parts[0]
        }
    }
}
