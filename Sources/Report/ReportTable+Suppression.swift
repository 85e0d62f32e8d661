import Frame

extension ReportTable {
    /// Applies `rule`: hidden cells become missing in the frame and are listed in
    /// `suppressedCells`, so every output shows the same figures.
    ///
    /// - Returns: The number of cells hidden.
    /// - Complexity: O(rows × columns named by the rule).
    @discardableResult
    public mutating func suppress(_ rule: CellSuppression) throws(FrameError) -> Int {
        var rowHidden = [Bool](repeating: false, count: frame.rowCount)
        var masks: [String: [Bool]] = [:]
        for name in rule.counts {
            guard let column = frame[name] else { continue }
            let mask = (0..<frame.rowCount).map { row in
                if case .int(let count) = column[row] { rule.suppresses(count) } else { false }
            }
            for row in mask.indices where mask[row] { rowHidden[row] = true }
            masks[name] = mask
        }
        for name in rule.derived where frame[name] != nil && masks[name] == nil {
            masks[name] = rowHidden
        }
        var hidden = 0
        for (name, mask) in masks.sorted(by: { $0.key < $1.key }) {
            let column = frame[name]!
            let picks = mask.map { $0 ? Int32(-1) : 0 }
            try frame.set(try AnyColumn.choosing(from: [column], picks: picks, name: name))
            let previous = suppressedCells[name] ?? [Bool](repeating: false, count: mask.count)
            suppressedCells[name] = zip(previous, mask).map { $0 || $1 }
            hidden += mask.count { $0 }
        }
        return hidden
    }

    /// Whether the cell of `column` at `row` was hidden by suppression.
    public func isSuppressed(_ column: String, row: Int) -> Bool {
        suppressedCells[column]?[row] ?? false
    }
}
