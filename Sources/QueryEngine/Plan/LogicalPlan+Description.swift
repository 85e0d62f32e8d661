import Frame
import QuerySyntax

extension LogicalPlan: CustomStringConvertible {
    /// The plan as an indented tree for `explain`, one node per line, the result first and each
    /// input indented below it. Nodes that define their rows' columns (scan, reference, derive,
    /// select, aggregate, join) end with `-> {schema}`; the others keep their input's.
    public var description: String {
        var lines: [String] = []
        render(depth: 0, into: &lines)
        return lines.joined(separator: "\n")
    }

    private func render(depth: Int, into lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        let (line, inputs) = summary
        lines.append(indent + line)
        for input in inputs { input.render(depth: depth + 1, into: &lines) }
    }

    /// The node's own line and its inputs.
    private var summary: (String, [LogicalPlan]) {
        switch self {
        case .scan(let source, let columns, let schema):
            var line = "scan \(source.path.quotedForDisplay) columns:[\(columns.map(\.quotedAsNameIfNeeded).joined(separator: ", "))]"
            if !source.options.types.isEmpty {
                line += " types:{" + source.options.types.keys.sorted().map { "\($0)=\(source.options.types[$0]!)" }.joined(separator: ", ") + "}"
            }
            if !source.options.nulls.isEmpty {
                line += " nulls:[" + source.options.nulls.map(\.quotedForDisplay).joined(separator: ", ") + "]"
            }
            return (line + " -> \(schema)", [])
        case .reference(let name, let schema):
            return ("reference \(name.quotedAsNameIfNeeded) -> \(schema)", [])
        case .filter(let input, let predicate):
            return ("filter \(predicate)", [input])
        case .derive(let input, let items, let schema):
            return ("derive {\(items.map(\.description).joined(separator: ", "))} -> \(schema)", [input])
        case .select(let input, let items, let schema):
            return ("select {\(items.map(\.description).joined(separator: ", "))} -> \(schema)", [input])
        case .aggregate(let input, let keys, let values, let schema):
            let keyText = keys.map(\.description).joined(separator: ", ")
            let valueText = values.map(\.description).joined(separator: ", ")
            return ("aggregate keys:{\(keyText)} values:{\(valueText)} -> \(schema)", [input])
        case .sort(let input, let keys):
            let text = keys.map { key in
                (key.descending ? "-" : "") + key.column.quotedAsNameIfNeeded
            }.joined(separator: ", ")
            let nulls = keys.first?.nullsFirst == true ? " nulls:first" : ""
            return ("sort {\(text)}\(nulls)", [input])
        case .take(let input, let offset, let count):
            return ("take offset:\(offset) count:\(count.map(String.init) ?? "all")", [input])
        case .join(let left, let right, let keys, let kind, let schema):
            let on = keys.map { "\($0.left.quotedAsNameIfNeeded) == \($0.right.quotedAsNameIfNeeded)" }.joined(separator: " && ")
            return ("join side:\(kind.rawValue) on \(on) -> \(schema)", [left, right])
        case .asOfJoin(let left, let right, let condition, let schema):
            let by = condition.by.map { "\($0.left.quotedAsNameIfNeeded) == \($0.right.quotedAsNameIfNeeded) && " }.joined()
            let key = "\(condition.on.left.quotedAsNameIfNeeded) ~ \(condition.on.right.quotedAsNameIfNeeded)"
            let tolerance = condition.tolerance.map { " tolerance:\(formatDouble($0))" } ?? ""
            return ("join_asof direction:\(condition.direction.rawValue)\(tolerance) on \(by)\(key) -> \(schema)", [left, right])
        case .append(let top, let bottom, let schema):
            return ("append -> \(schema)", [top, bottom])
        case .fillQuarters(let input, let column, let zero):
            return ("fill_quarters \(column.quotedAsNameIfNeeded)\(LogicalPlan.zeroText(zero))", [input])
        case .complete(let input, let column, let values, let zero):
            let list = values.map(BoundExpr.literal).joined(separator: ", ")
            return ("complete \(column.quotedAsNameIfNeeded) [\(list)]\(LogicalPlan.zeroText(zero))", [input])
        case .survival(let input, let duration, let event, let options):
            let step = options.median ? "kaplan_meier_median" : "kaplan_meier"
            return ("\(step) \(duration) \(event) transform:\(options.transform.rawValue) confidence:\(options.confidence) -> \(options.schema)", [input])
        }
    }

    private static func zeroText(_ zero: [String]?) -> String {
        zero.map { " zero:{" + $0.map(\.quotedAsNameIfNeeded).joined(separator: ", ") + "}" } ?? ""
    }
}
