import Frame

extension BoundExpr {
    /// The expression's direct operands, in order.
    var children: [BoundExpr] {
        switch self {
        case .column, .constant: []
        case .arithmetic(_, let a, let b, _), .comparison(_, let a, let b), .and(let a, let b), .or(let a, let b): [a, b]
        case .not(let a), .isNull(let a): [a]
        case .coalesce(let items, _): items
        case .caseWhen(let arms, _): arms.flatMap { [$0.condition, $0.value] }
        case .call(_, let args, _, _): args
        case .format(let pieces): pieces.compactMap { if case .value(let e) = $0 { e } else { nil } }
        case .aggregate(_, let arguments, _): arguments
        case .window(let call, _): call.operands
        }
    }

    /// The expression with its operands replaced, in the order `children` lists them.
    func replacingChildren(_ new: [BoundExpr]) -> BoundExpr {
        switch self {
        case .column, .constant: return self
        case .arithmetic(let op, _, _, let type): return .arithmetic(op, new[0], new[1], type: type)
        case .comparison(let op, _, _): return .comparison(op, new[0], new[1])
        case .and: return .and(new[0], new[1])
        case .or: return .or(new[0], new[1])
        case .not: return .not(new[0])
        case .isNull: return .isNull(new[0])
        case .coalesce(_, let type): return .coalesce(new, type: type)
        case .caseWhen(let arms, let type):
            return .caseWhen(arms.indices.map { (new[2 * $0], new[2 * $0 + 1]) }, type: type)
        case .call(let function, _, let options, let type): return .call(function, new, options: options, type: type)
        case .format(let pieces):
            var values = new.makeIterator()
            return .format(pieces.map { piece in
                if case .value = piece { .value(values.next()!) } else { piece }
            })
        case .aggregate(let function, _, let type):
            return .aggregate(function, new, type: type)
        case .window(let call, let type):
            return .window(call.replacingOperands(new), type: type)
        }
    }

    /// The expression rewritten bottom-up: `transform` sees each node after its operands.
    func transformed(_ transform: (BoundExpr) -> BoundExpr) -> BoundExpr {
        let operands = children
        let rebuilt = operands.isEmpty ? self : replacingChildren(operands.map { $0.transformed(transform) })
        return transform(rebuilt)
    }

    /// Whether any node of the expression satisfies `predicate`.
    func contains(where predicate: (BoundExpr) -> Bool) -> Bool {
        predicate(self) || children.contains { $0.contains(where: predicate) }
    }

    /// The names of the input columns the expression reads.
    var columnNames: Set<String> {
        var names: Set<String> = []
        collectColumns(into: &names)
        return names
    }

    private func collectColumns(into names: inout Set<String>) {
        if case .column(_, let name, _) = self { names.insert(name) }
        for child in children { child.collectColumns(into: &names) }
    }

    /// Whether a row's value depends on other rows (an aggregate or a window function), so the
    /// expression must see exactly the rows it was written over.
    var readsOtherRows: Bool {
        contains { if case .aggregate = $0 { true } else if case .window = $0 { true } else { false } }
    }

    /// The expression with every column looked up again by name in `schema`, for an input
    /// whose columns moved.
    func reindexed(in schema: Schema) -> BoundExpr {
        transformed { node in
            guard case .column(_, let name, let type) = node, let index = schema.index(of: name) else { return node }
            return .column(index: index, name: name, type: type)
        }
    }

    /// The expression with the named columns replaced by other expressions.
    func substituting(_ replacements: [String: BoundExpr]) -> BoundExpr {
        transformed { node in
            guard case .column(_, let name, _) = node, let replacement = replacements[name] else { return node }
            return replacement
        }
    }
}
