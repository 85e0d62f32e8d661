import Frame

extension Evaluator {
    /// A window function's column: the window's partitions and order are built from its
    /// evaluated keys (the ranks order by their own value instead), then the function reads them.
    func window(_ call: WindowCall) throws -> AnyColumn {
        let argument = try call.argument.map { try evaluate($0) }
        var keys = DataFrame(rowCount: frame.rowCount)
        var partition: [String] = []
        for (index, expr) in call.window.partition.enumerated() {
            partition.append("partition\(index)")
            try keys.append(try evaluate(expr, name: "partition\(index)"))
        }
        var order: [SortKey] = []
        switch call.function {
        case .rank, .percentRank, .cumulativeDistribution:
            try keys.append(argument!.renamed("order0"))
            order = [SortKey("order0", descending: call.options.flag("descending", false))]
        default:
            for (index, key) in call.window.order.enumerated() {
                try keys.append(try evaluate(key.expr, name: "order\(index)"))
                order.append(SortKey("order\(index)", descending: key.descending, nullsFirst: key.nullsFirst))
            }
        }
        let windows = try WindowPartitions(keys, partitionBy: partition, orderBy: order)
        let eligible = try call.eligible.map { try booleans($0) }
        switch call.function {
        case .rank:
            let method = RankMethod(rawValue: call.options.text("ties", "competition")) ?? .competition
            return windows.ranks(method, eligible: eligible)
        case .percentRank:
            return AnyColumn(name: "", windows.percentRanks(eligible: eligible))
        case .cumulativeDistribution:
            return AnyColumn(name: "", windows.cumulativeDistribution(eligible: eligible))
        case .rowNumber:
            return AnyColumn(name: "", windows.rowNumbers())
        case .ntile(let buckets):
            return AnyColumn(name: "", windows.ntiles(buckets))
        case .lag(let offset, let fallback):
            return try windows.lagging(argument!, by: offset, default: fallback)
        case .aggregate(let function):
            return try windows.aggregate(argument.map { [$0] } ?? [], function, over: call.window.frame)
        }
    }
}
