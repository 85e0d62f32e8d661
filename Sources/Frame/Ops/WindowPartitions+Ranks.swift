extension WindowPartitions {
    /// The rank of each row within its partition by the order keys: rows equal on every key
    /// are ties, which share ranks as `method` says.
    ///
    /// Nulls are never ranked: a row with a null order key, or where `eligible` is not true,
    /// gets a null rank and does not count in the others' ranks. The result is an integer
    /// column, or a double column for `.average`.
    ///
    /// - Complexity: O(*n*) after the partitions are built.
    public func ranks(_ method: RankMethod, eligible: Column<Bool>? = nil) -> AnyColumn {
        var ranks = [Double](repeating: 0, count: rowCount)
        let valid = rankedRows(eligible)
        forEachTieGroup(valid) { ties, position, rankedCount in
            for (offset, row) in ties.enumerated() {
                ranks[row] = switch method {
                case .competition: Double(position + 1)
                case .dense: Double(rankedCount)
                case .ordinal: Double(position + offset + 1)
                case .average: Double(2 * position + ties.count + 1) / 2
                case .max: Double(position + ties.count)
                }
            }
        }
        let validity = Validity(valid)
        if method == .average { return AnyColumn(name: "", Column(values: ranks, validity: validity)) }
        return AnyColumn(name: "", Column(values: ranks.map { Int64($0) }, validity: validity))
    }

    /// Each ranked row's relative rank, (rank − 1) / (ranked rows − 1), 0 for a partition of
    /// one ranked row (SQL's `PERCENT_RANK`); rows are ranked as `ranks` ranks them.
    public func percentRanks(eligible: Column<Bool>? = nil) -> Column<Double> {
        let valid = rankedRows(eligible)
        var values = [Double](repeating: 0, count: rowCount)
        let counts = rankedCounts(valid)
        forEachTieGroup(valid) { ties, position, _ in
            for row in ties { values[row] = counts[row] > 1 ? Double(position) / Double(counts[row] - 1) : 0 }
        }
        return Column(values: values, validity: Validity(valid))
    }

    /// The share of each partition's ranked rows that rank at or before each row, its ties
    /// included (SQL's `CUME_DIST`); rows are ranked as `ranks` ranks them.
    public func cumulativeDistribution(eligible: Column<Bool>? = nil) -> Column<Double> {
        let valid = rankedRows(eligible)
        let counts = rankedCounts(valid)
        var values = [Double](repeating: 0, count: rowCount)
        forEachTieGroup(valid) { ties, position, _ in
            for row in ties { values[row] = Double(position + ties.count) / Double(counts[row]) }
        }
        return Column(values: values, validity: Validity(valid))
    }

    /// Whether each row is ranked: every order key holds a value and `eligible` is true.
    private func rankedRows(_ eligible: Column<Bool>?) -> [Bool] {
        (0..<rowCount).map { row in
            orderColumns.allSatisfy { $0.validity.isValid(row) } && (eligible.map { $0[row] == true } ?? true)
        }
    }

    /// The number of ranked rows of each row's partition, by row.
    private func rankedCounts(_ valid: [Bool]) -> [Int] {
        var counts = [Int](repeating: 0, count: rowCount)
        for partition in 0..<partitionCount {
            let rows = positions(of: partition).lazy.map { orderedRows[$0] }
            let count = rows.filter { valid[$0] }.count
            for row in rows { counts[row] = count }
        }
        return counts
    }

    /// Calls `body` with each run of tied ranked rows, in window order, with the number of
    /// ranked rows before the run in its partition and the run's dense rank.
    private func forEachTieGroup(_ valid: [Bool], _ body: (_ ties: [Int], _ position: Int, _ denseRank: Int) -> Void) {
        let orders = orderColumns.map(RowOrder.init)
        func tied(_ a: Int, _ b: Int) -> Bool {
            zip(orders, orderKeys).allSatisfy { $0.compare(a, b, descending: $1.descending, nullsFirst: $1.nullsFirst) == 0 }
        }
        for partition in 0..<partitionCount {
            var position = 0, dense = 0
            var ties: [Int] = []
            for row in positions(of: partition).lazy.map({ orderedRows[$0] }) where valid[row] {
                if let first = ties.first, !tied(first, row) {
                    dense += 1
                    body(ties, position, dense)
                    position += ties.count
                    ties.removeAll(keepingCapacity: true)
                }
                ties.append(row)
            }
            if !ties.isEmpty { body(ties, position, dense + 1) }
        }
    }
}
