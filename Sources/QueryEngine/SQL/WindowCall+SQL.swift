import Frame

extension WindowCall {
    /// The call as a DuckDB window function with its `OVER (…)` clause. Ties in the order
    /// follow the relation's hidden `__row`, as the engine's stable order does; a range frame
    /// orders by its one key alone, as SQL requires (its ties are all in or all out).
    func sql(type: DataType) throws(SQLEmissionError) -> String {
        let x = try argument.map { (e) throws(SQLEmissionError) -> String in try e.sql(grouped: false) }
        var partition: [String] = []
        for key in window.partition { partition.append(try key.sql(grouped: false)) }
        switch function {
        case .rank, .percentRank, .cumulativeDistribution:
            return try rank(x!, partition: partition)
        case .rowNumber:
            return "row_number() \(try over(partition, frame: false))"
        case .ntile(let buckets):
            return "ntile(\(buckets)) \(try over(partition, frame: false))"
        case .lag(let offset, let fallback):
            // Both values take the result's type, so that an integer column and a decimal
            // default give decimals, as the engine does.
            let value = argument!.type == type ? x! : "CAST(\(x!) AS \(SQLText.type(type)))"
            let fallbackText = fallback == .null ? "" : ", \(SQLText.literal(fallback, type: type))"
            let name = offset < 0 ? "lead" : "lag"
            return "\(name)(\(value), \(abs(offset))\(fallbackText)) \(try over(partition, frame: false))"
        case .aggregate(let function):
            let call: String
            switch function {
            case .first: call = "first_value(\(x!) IGNORE NULLS)"
            case .last: call = "last_value(\(x!) IGNORE NULLS)"
            default: call = BoundExpr.aggregate(function, x.map { [$0] } ?? [], argument?.type)
            }
            let windowed = "\(call) \(try over(partition, frame: true))"
            // DuckDB's count_if gives null over no rows; a count is 0.
            return function == .countTrue ? "coalesce(\(windowed), 0)" : windowed
        }
    }

    /// `OVER (PARTITION BY … ORDER BY … frame)`.
    private func over(_ partition: [String], frame: Bool) throws(SQLEmissionError) -> String {
        var parts: [String] = []
        if !partition.isEmpty { parts.append("PARTITION BY " + partition.joined(separator: ", ")) }
        var order: [String] = []
        for key in window.order {
            order.append(try key.expr.sql(grouped: false) + (key.descending ? " DESC" : " ASC") + (key.nullsFirst ? " NULLS FIRST" : " NULLS LAST"))
        }
        switch (frame, window.frame) {
        case (false, _):
            parts.append("ORDER BY " + (order + ["__row"]).joined(separator: ", "))
        case (true, .partition):
            // The whole partition, in order for first and last.
            parts.append("ORDER BY " + (order + ["__row"]).joined(separator: ", ")
                + " ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING")
        case (true, .rows(let lower, let upper)):
            parts.append("ORDER BY " + (order + ["__row"]).joined(separator: ", ")
                + " ROWS BETWEEN \(Self.bound(lower.map(Double.init), lower: true)) AND \(Self.bound(upper.map(Double.init), lower: false))")
        case (true, .range(let lower, let upper)):
            parts.append("ORDER BY " + order.joined(separator: ", ")
                + " RANGE BETWEEN \(Self.bound(lower, lower: true)) AND \(Self.bound(upper, lower: false))")
        }
        return "OVER (\(parts.joined(separator: " ")))"
    }

    private static func bound(_ offset: Double?, lower: Bool) -> String {
        guard let offset else { return lower ? "UNBOUNDED PRECEDING" : "UNBOUNDED FOLLOWING" }
        if offset == 0 { return "CURRENT ROW" }
        let size = abs(offset) == abs(offset).rounded() ? String(Int64(abs(offset))) : String(abs(offset))
        return "\(size) \(offset < 0 ? "PRECEDING" : "FOLLOWING")"
    }

    /// A rank that never ranks nulls or rows outside `where`: the ranked rows form their own
    /// partition, and the others get null.
    private func rank(_ x: String, partition: [String]) throws(SQLEmissionError) -> String {
        let eligibleText = try eligible.map { (e) throws(SQLEmissionError) -> String in try e.sql(grouped: false) }
        let ranked = "(\(x) IS NOT NULL" + (eligibleText.map { " AND coalesce(\($0), false)" } ?? "") + ")"
        let keys = (partition + [ranked]).joined(separator: ", ")
        let direction = options.flag("descending", false) ? " DESC" : ""
        let window = "OVER (PARTITION BY \(keys) ORDER BY \(x)\(direction))"
        let tied = "count(*) OVER (PARTITION BY \(keys), \(x))"
        let value: String
        switch function {
        case .percentRank: value = "percent_rank() \(window)"
        case .cumulativeDistribution: value = "cume_dist() \(window)"
        default:
            switch RankMethod(rawValue: options.text("ties", "competition")) ?? .competition {
            case .competition: value = "rank() \(window)"
            case .dense: value = "dense_rank() \(window)"
            case .ordinal: value = "row_number() OVER (PARTITION BY \(keys) ORDER BY \(x)\(direction), __row)"
            case .max: value = "(rank() \(window) + \(tied) - 1)"
            case .average: value = "(rank() \(window) + (\(tied) - 1) / 2.0)"
            }
        }
        return "CASE WHEN \(ranked) THEN \(value) END"
    }
}
