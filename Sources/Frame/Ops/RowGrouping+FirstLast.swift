extension RowGrouping {
    /// The first (or last) valid row of each group in row order, or -1 for a group without one.
    func validRow(_ validity: Validity, first: Bool) -> [Int] {
        let picked = accumulate {
            GroupBuffer<Int>(count: groupCount, repeating: -1)
        } fold: { picked, rows, groups in
            for row in rows where validity.isValid(row) {
                let group = Int(groups[row])
                if !first || picked.base[group] < 0 { picked.base[group] = row }
            }
        } merge: { total, part in
            // The parts cover consecutive rows, so a later part's row comes after the total's.
            for group in 0..<groupCount where part.base[group] >= 0 && (!first || total.base[group] < 0) {
                total.base[group] = part.base[group]
            }
        }
        return picked.array
    }
}
