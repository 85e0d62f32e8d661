import Frame

/// Keeps only the columns something downstream reads: each scan lists the columns its plan
/// uses, so the reader builds only those, and values nobody reads are not computed.
///
/// A relation's result keeps every column when it is exported, is the query's last relation
/// or is read by no other; otherwise it keeps what the relations reading it need (and what the
/// notes quote). Two passes do this: the first, from the last relation back, finds what each
/// relation's readers need from it; the second, in run order, rebuilds each plan against the
/// now smaller results of the relations it reads.
public struct ProjectionPruning: OptimizerRule {
    /// Creates the rule.
    public init() {}

    /// The query with every plan reading and computing only what is used.
    public func apply(to query: CompiledQuery) -> CompiledQuery {
        var quoted: [String: Set<String>] = [:]
        for note in query.notes {
            for case .value(let relation, let column) in note.definition.pieces { quoted[relation, default: []].insert(column) }
        }
        let exported = Set(query.exports.map(\.relation))

        var required: [String: Set<String>] = [:]
        var readers: [String: Set<String>] = [:]
        for (index, relation) in query.relations.enumerated().reversed() {
            let everything = Set(relation.plan.schema.names)
            var needed = readers[relation.name].map { $0.union(quoted[relation.name] ?? []) } ?? everything
            if exported.contains(relation.name) || index == query.relations.count - 1 { needed = everything }
            required[relation.name] = needed
            var pruner = Pruner(results: nil)
            _ = pruner.prune(relation.plan, keeping: needed)
            for (name, columns) in pruner.read { readers[name, default: []].formUnion(columns) }
        }

        var pruned = query
        var results: [String: Schema] = [:]
        pruned.relations = query.relations.map { relation in
            var pruner = Pruner(results: results)
            let plan = pruner.prune(relation.plan, keeping: required[relation.name]!)
            results[relation.name] = plan.schema
            return (relation.name, plan)
        }
        return pruned
    }
}

/// Prunes one plan. Working from the result down, each node passes its input the set of
/// columns it needs; the plan is rebuilt bottom-up with the smaller schemas, every expression
/// looked up again by name.
///
/// Pruning only ever removes columns: the ones left keep their order.
private struct Pruner {
    /// The schemas the earlier relations' results now have; `nil` while finding what is read.
    let results: [String: Schema]?
    /// The columns this plan reads from each earlier relation.
    var read: [String: Set<String>] = [:]

    init(results: [String: Schema]?) { self.results = results }

    /// `plan` rebuilt to produce at least the columns in `needed`.
    mutating func prune(_ plan: LogicalPlan, keeping needed: Set<String>) -> LogicalPlan {
        switch plan {
        case .scan(let source, _, let schema):
            let kept = Schema(schema.fields.filter { needed.contains($0.name) })
            return .scan(source, columns: kept.names, schema: kept)
        case .reference(let name, let schema):
            read[name, default: []].formUnion(needed)
            return .reference(name: name, schema: results?[name] ?? Schema(schema.fields.filter { needed.contains($0.name) }))
        case .filter(let input, let predicate):
            let newInput = prune(input, keeping: needed.union(predicate.columnNames))
            return .filter(newInput, predicate: predicate.reindexed(in: newInput.schema))
        case .sort(let input, let keys):
            return .sort(prune(input, keeping: needed.union(keys.map(\.column))), keys)
        case .take(let input, let offset, let count):
            return .take(prune(input, keeping: needed), offset: offset, count: count)
        case .fillQuarters(let input, let column, let zero):
            return .fillQuarters(prune(input, keeping: needed.union([column])), column: column, zero: zero)
        case .complete(let input, let column, let values, let zero):
            return .complete(prune(input, keeping: needed.union([column])), column: column, values: values, zero: zero)
        case .survival(let input, let duration, let event, let options):
            let newInput = prune(input, keeping: duration.columnNames.union(event.columnNames))
            return .survival(newInput, duration: duration.reindexed(in: newInput.schema),
                             event: event.reindexed(in: newInput.schema), options: options)
        case .derive(let input, let items, _):
            return pruneDerive(input, items, keeping: needed)
        case .select(let input, let items, _):
            let kept = items.filter { needed.contains($0.name) }
            let newInput = prune(input, keeping: Set(kept.flatMap(\.expr.columnNames)))
            let bound = kept.map { NamedExpr($0.name, $0.expr.reindexed(in: newInput.schema)) }
            return .select(newInput, bound, schema: Schema(bound.map { .init($0.name, $0.expr.type) }))
        case .aggregate(let input, let keys, let values, _):
            // Every key stays: dropping one would merge groups.
            let kept = values.filter { needed.contains($0.name) }
            let newInput = prune(input, keeping: Set((keys + kept).flatMap(\.expr.columnNames)))
            let reboundKeys = keys.map { NamedExpr($0.name, $0.expr.reindexed(in: newInput.schema)) }
            let reboundValues = kept.map { NamedExpr($0.name, $0.expr.reindexed(in: newInput.schema)) }
            let schema = Schema((reboundKeys + reboundValues).map { .init($0.name, $0.expr.type) })
            return .aggregate(newInput, keys: reboundKeys, values: reboundValues, schema: schema)
        case .join(let left, let right, let keys, let kind, let schema):
            return pruneJoin(left, right, keys: keys, kind: kind, schema: schema, keeping: needed)
        case .asOfJoin(let left, let right, let condition, let schema):
            // Both sides stay whole: the output names of the right columns depend on clashes.
            return .asOfJoin(
                prune(left, keeping: Set(left.schema.names)), prune(right, keeping: Set(right.schema.names)), condition,
                schema: schema)
        case .append(let top, let bottom, let schema):
            // Each side keeps the needed columns it has; the other side's rows get nulls there.
            return .append(
                prune(top, keeping: needed.intersection(top.schema.names)),
                prune(bottom, keeping: needed.intersection(bottom.schema.names)),
                schema: Schema(schema.fields.filter { needed.contains($0.name) }))
        }
    }

    /// Drops the derived columns nobody reads. Items are visited last to first, since each may
    /// read the ones before it.
    private mutating func pruneDerive(_ input: LogicalPlan, _ items: [NamedExpr], keeping needed: Set<String>) -> LogicalPlan {
        var wanted = needed
        var kept: [NamedExpr] = []
        for item in items.reversed() where wanted.contains(item.name) {
            kept.insert(item, at: 0)
            wanted.remove(item.name)
            wanted.formUnion(item.expr.columnNames)
        }
        // An item that replaces an input column keeps that column's place, so the input keeps it.
        wanted.formUnion(kept.map(\.name).filter { input.schema.index(of: $0) != nil })
        let newInput = prune(input, keeping: wanted)
        guard !kept.isEmpty else { return newInput }
        var schema = newInput.schema
        var bound: [NamedExpr] = []
        for item in kept {
            let expr = item.expr.reindexed(in: schema)
            bound.append(NamedExpr(item.name, expr))
            if let index = schema.index(of: item.name) {
                schema.fields[index].type = expr.type
            } else {
                schema.fields.append(.init(item.name, expr.type))
            }
        }
        return .derive(newInput, bound, schema: schema)
    }

    /// Prunes both sides to what is needed. A left column whose name a right column shares
    /// stays, because the join names that right column `NAME_right` only while the clash exists.
    private mutating func pruneJoin(
        _ left: LogicalPlan, _ right: LogicalPlan, keys: [(left: String, right: String)], kind: JoinKind,
        schema: Schema, keeping needed: Set<String>
    ) -> LogicalPlan {
        let rightKeys = Set(keys.map(\.right))
        let rightColumns = right.schema.names.filter { !rightKeys.contains($0) }
        // Each right column's name in the join's output, as the binder chose it.
        let outputNames = Dictionary(
            zip(rightColumns, schema.names.dropFirst(left.schema.fields.count)).map { ($0, $1) }, uniquingKeysWith: { a, _ in a })
        let clashing = Set(left.schema.names).intersection(rightColumns)
        let newLeft = prune(left, keeping: needed.intersection(left.schema.names).union(keys.map(\.left)).union(clashing))
        // A semi or anti join outputs no right column: the right side only needs its keys.
        let filtering = kind == .semi || kind == .anti
        let rightNeeded = Set(rightColumns.filter { !filtering && needed.contains(outputNames[$0]!) }).union(rightKeys)
        let newRight = prune(right, keeping: rightNeeded)
        let rightFields = newRight.schema.fields.filter { !filtering && !rightKeys.contains($0.name) }.map {
            Schema.Field(outputNames[$0.name] ?? $0.name, $0.type)
        }
        return .join(newLeft, newRight, keys: keys, kind: kind, schema: Schema(newLeft.schema.fields + rightFields))
    }
}
