import Frame

extension WindowCall: CustomStringConvertible {
    /// The call as `explain` shows it, such as `mean(x) over (partition k order d rows -2..0)`.
    public var description: String {
        var arguments = argument.map { [$0.description] } ?? []
        switch function {
        case .ntile(let buckets): arguments.insert(String(buckets), at: 0)
        case .lag(let offset, let fallback):
            arguments.insert(String(abs(offset)), at: 0)
            if fallback != .null { arguments.append("default:\(BoundExpr.literal(fallback))") }
        default: break
        }
        if let eligible { arguments.append("where:\(eligible)") }
        arguments += options.values.keys.sorted().map { "\($0):\(options.values[$0]!)" }
        return "\(function.name)(\(arguments.joined(separator: ", "))) over (\(window))"
    }
}

extension WindowSpec: CustomStringConvertible {
    /// The window as `explain` shows it: `partition k order -d range -89..0`.
    public var description: String {
        var parts: [String] = []
        if !partition.isEmpty { parts.append("partition " + partition.map(\.description).joined(separator: ", ")) }
        if !order.isEmpty { parts.append("order " + order.map { ($0.descending ? "-" : "") + $0.expr.description }.joined(separator: ", ")) }
        func bound(_ offset: Double?) -> String {
            offset.map { $0 == $0.rounded() ? String(Int($0)) : String($0) } ?? ""
        }
        switch frame {
        case .partition: break
        case .rows(let lower, let upper): parts.append("rows \(bound(lower.map(Double.init)))..\(bound(upper.map(Double.init)))")
        case .range(let lower, let upper): parts.append("range \(bound(lower))..\(bound(upper))")
        }
        return parts.joined(separator: " ")
    }
}
