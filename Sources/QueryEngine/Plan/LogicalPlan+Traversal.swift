import Frame

extension LogicalPlan {
    /// The plan with `transform` applied to every expression of every node, inputs first.
    /// Schemas stay as they are, so `transform` must keep each expression's type.
    func mappingExpressions(_ transform: (BoundExpr) -> BoundExpr) -> LogicalPlan {
        func named(_ items: [NamedExpr]) -> [NamedExpr] { items.map { NamedExpr($0.name, transform($0.expr)) } }
        switch self {
        case .scan, .reference:
            return self
        case .filter(let input, let predicate):
            return .filter(input.mappingExpressions(transform), predicate: transform(predicate))
        case .derive(let input, let items, let schema):
            return .derive(input.mappingExpressions(transform), named(items), schema: schema)
        case .select(let input, let items, let schema):
            return .select(input.mappingExpressions(transform), named(items), schema: schema)
        case .aggregate(let input, let keys, let values, let schema):
            return .aggregate(input.mappingExpressions(transform), keys: named(keys), values: named(values), schema: schema)
        case .sort(let input, let keys):
            return .sort(input.mappingExpressions(transform), keys)
        case .take(let input, let offset, let count):
            return .take(input.mappingExpressions(transform), offset: offset, count: count)
        case .join(let left, let right, let keys, let kind, let schema):
            return .join(left.mappingExpressions(transform), right.mappingExpressions(transform), keys: keys, kind: kind, schema: schema)
        case .asOfJoin(let left, let right, let condition, let schema):
            return .asOfJoin(left.mappingExpressions(transform), right.mappingExpressions(transform), condition, schema: schema)
        case .append(let top, let bottom, let schema):
            return .append(top.mappingExpressions(transform), bottom.mappingExpressions(transform), schema: schema)
        case .fillQuarters(let input, let column, let zero):
            return .fillQuarters(input.mappingExpressions(transform), column: column, zero: zero)
        case .complete(let input, let column, let values, let zero):
            return .complete(input.mappingExpressions(transform), column: column, values: values, zero: zero)
        case .survival(let input, let duration, let event, let options):
            return .survival(input.mappingExpressions(transform), duration: transform(duration), event: transform(event), options: options)
        }
    }

    /// The input of a node with exactly one; `nil` for scans, references and joins.
    var input: LogicalPlan? {
        switch self {
        case .scan, .reference, .join, .asOfJoin, .append: nil
        case .filter(let input, _), .derive(let input, _, _), .select(let input, _, _), .aggregate(let input, _, _, _),
            .sort(let input, _), .take(let input, _, _), .fillQuarters(let input, _, _), .complete(let input, _, _, _),
            .survival(let input, _, _, _):
            input
        }
    }

    /// The plan with its single input replaced; scans, references and joins stay as they are.
    func replacingInput(_ new: LogicalPlan) -> LogicalPlan {
        switch self {
        case .scan, .reference, .join, .asOfJoin, .append: self
        case .filter(_, let predicate): .filter(new, predicate: predicate)
        case .derive(_, let items, let schema): .derive(new, items, schema: schema)
        case .select(_, let items, let schema): .select(new, items, schema: schema)
        case .aggregate(_, let keys, let values, let schema): .aggregate(new, keys: keys, values: values, schema: schema)
        case .sort(_, let keys): .sort(new, keys)
        case .take(_, let offset, let count): .take(new, offset: offset, count: count)
        case .fillQuarters(_, let column, let zero): .fillQuarters(new, column: column, zero: zero)
        case .complete(_, let column, let values, let zero): .complete(new, column: column, values: values, zero: zero)
        case .survival(_, let duration, let event, let options): .survival(new, duration: duration, event: event, options: options)
        }
    }
}
