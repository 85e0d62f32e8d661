import Frame

/// Moves each filter as close to the data as it can go, so later stages see fewer rows: below
/// a derive that does not make the columns it reads, below a select, a sort, another filter and
/// the group keys of an aggregate, and into the sides of a join.
///
/// A filter never crosses a `take`, a filling transform, or a stage that computes an aggregate
/// or a rank over its rows, since fewer rows would change those; nor does a filter that computes
/// one itself move at all.
public struct FilterPushdown: PlanRewriteRule {
    /// Creates the rule.
    public init() {}

    /// The plan with every filter as deep as it may go.
    public func apply(to plan: LogicalPlan) -> LogicalPlan {
        switch plan {
        case .scan, .reference:
            return plan
        case .filter(let input, let predicate):
            return sink(predicate, into: apply(to: input))
        case .join(let left, let right, let keys, let kind, let schema):
            return .join(apply(to: left), apply(to: right), keys: keys, kind: kind, schema: schema)
        case .asOfJoin(let left, let right, let condition, let schema):
            return .asOfJoin(apply(to: left), apply(to: right), condition, schema: schema)
        case .append(let top, let bottom, let schema):
            return .append(apply(to: top), apply(to: bottom), schema: schema)
        default:
            return plan.replacingInput(apply(to: plan.input!))
        }
    }

    /// `input` filtered by `predicate` (bound against `input`'s schema), with the filter placed
    /// as deep as it may go.
    private func sink(_ predicate: BoundExpr, into input: LogicalPlan) -> LogicalPlan {
        let stay = LogicalPlan.filter(input, predicate: predicate)
        guard !predicate.readsOtherRows else { return stay }
        let used = predicate.columnNames
        switch input {
        case .derive(let inner, let items, let schema):
            guard !items.contains(where: { $0.expr.readsOtherRows }),
                used.isDisjoint(with: items.map(\.name))
            else { return stay }
            return .derive(sink(predicate.reindexed(in: inner.schema), into: inner), items, schema: schema)
        case .select(let inner, let items, let schema):
            guard !items.contains(where: { $0.expr.readsOtherRows }) else { return stay }
            var replacements: [String: BoundExpr] = [:]
            for item in items where used.contains(item.name) {
                // Only plain columns are substituted, so nothing is computed twice.
                guard case .column = item.expr else { return stay }
                replacements[item.name] = item.expr
            }
            return .select(sink(predicate.substituting(replacements), into: inner), items, schema: schema)
        case .sort(let inner, let keys):
            return .sort(sink(predicate, into: inner), keys)
        case .filter(let inner, let other):
            guard !other.readsOtherRows else { return stay }
            return .filter(sink(predicate, into: inner), predicate: other)
        case .aggregate(let inner, let keys, let values, let schema):
            let keyNames = Set(keys.map(\.name))
            guard !keys.isEmpty, used.isSubset(of: keyNames), !keys.contains(where: { $0.expr.readsOtherRows }) else {
                return stay
            }
            let replacements = Dictionary(keys.map { ($0.name, $0.expr) }, uniquingKeysWith: { first, _ in first })
            return .aggregate(sink(predicate.substituting(replacements), into: inner), keys: keys, values: values, schema: schema)
        case .join(let left, let right, let keys, let kind, let schema):
            return sinkIntoJoin(predicate, left: left, right: right, keys: keys, kind: kind, schema: schema)
        default:
            return stay
        }
    }

    /// Splits the predicate at its `&&`s and sends each part to the side whose columns it reads.
    ///
    /// A part that reads only left columns goes left, except for a right or full join, whose
    /// unmatched right rows it would multiply; one that reads only join keys also goes right
    /// (rows match only on equal keys, so both sides agree on it, and a right or full join
    /// shows the right key where the left is missing). A part that reads only right columns
    /// goes right for an inner join only: for a left join it must also drop the left rows that
    /// found no match, which only the join can do.
    private func sinkIntoJoin(
        _ predicate: BoundExpr, left: LogicalPlan, right: LogicalPlan, keys: [(left: String, right: String)],
        kind: JoinKind, schema: Schema
    ) -> LogicalPlan {
        let leftNames = Set(left.schema.names)
        let leftCount = left.schema.fields.count
        // The output names of the right columns, mapped to their names in the right input.
        let rightKeys = Set(keys.map(\.right))
        let rightInputNames = right.schema.names.filter { !rightKeys.contains($0) }
        let rightNames = Dictionary(
            zip(schema.names.dropFirst(leftCount), rightInputNames).map { ($0, $1) }, uniquingKeysWith: { a, _ in a })
        let keyNames = Dictionary(keys.map { ($0.left, $0.right) }, uniquingKeysWith: { a, _ in a })

        var toLeft: [BoundExpr] = [], toRight: [BoundExpr] = [], remaining: [BoundExpr] = []
        for part in predicate.conjuncts {
            let used = part.columnNames
            let outer = kind == .right || kind == .full
            if used.isSubset(of: leftNames), !outer || used.isSubset(of: keyNames.keys) {
                toLeft.append(part)
                if used.isSubset(of: keyNames.keys) { toRight.append(renamed(part, keyNames, in: right.schema)) }
            } else if kind == .inner, used.isSubset(of: rightNames.keys) {
                toRight.append(renamed(part, rightNames, in: right.schema))
            } else {
                remaining.append(part)
            }
        }
        guard !toLeft.isEmpty || !toRight.isEmpty else { return .filter(.join(left, right, keys: keys, kind: kind, schema: schema), predicate: predicate) }
        let newLeft = toLeft.reduce(left) { sink($1.reindexed(in: left.schema), into: $0) }
        let newRight = toRight.reduce(right) { sink($1, into: $0) }
        let joined = LogicalPlan.join(newLeft, newRight, keys: keys, kind: kind, schema: schema)
        guard let rest = BoundExpr.conjunction(remaining) else { return joined }
        return .filter(joined, predicate: rest)
    }

    /// A predicate over output columns rewritten over the right input's columns.
    private func renamed(_ part: BoundExpr, _ names: [String: String], in schema: Schema) -> BoundExpr {
        part.transformed { node in
            guard case .column(_, let name, let type) = node, let target = names[name], let index = schema.index(of: target) else { return node }
            return .column(index: index, name: target, type: type)
        }
    }
}

extension BoundExpr {
    /// The operands of the expression's top-level `&&`s, left to right.
    var conjuncts: [BoundExpr] {
        if case .and(let a, let b) = self { return a.conjuncts + b.conjuncts }
        return [self]
    }

    /// The `&&` of the parts, or `nil` when there are none.
    static func conjunction(_ parts: [BoundExpr]) -> BoundExpr? {
        parts.dropFirst().reduce(parts.first) { result, part in result.map { .and($0, part) } }
    }
}
