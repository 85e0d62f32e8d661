import Frame
import QuerySyntax

extension Binder {
    /// `join side:left RELATION (==key && this.a == that.b)`; `side:` is inner (the default),
    /// left, right, full, semi (left rows with a match) or anti (left rows without one).
    func bindJoin(_ call: Call, input: LogicalPlan, span: Span) throws(Diagnostic) -> LogicalPlan {
        guard call.positional.count == 2 else {
            throw .error("join RELATION (==key && ==other_key), optionally with side:left, right, full, semi or anti", at: span)
        }
        let kind = JoinKind(rawValue: try namedText(call, "side", default: "inner", allowed: JoinKind.allCases.map(\.rawValue)))!
        let (name, rightSchema) = try joinedRelation(call.positional[0])
        var keys: [(left: String, right: String)] = []
        try collectJoinKeys(call.positional[1], left: input.schema, right: rightSchema, into: &keys)
        var schema = input.schema
        for key in keys {
            let l = schema.index(of: key.left)!, r = rightSchema.fields[rightSchema.index(of: key.right)!].type
            let type = try joinedKeyType(schema.fields[l].type, r, key, at: call.positional[1].span)
            // A right or full join shows right keys in the left key column: a mix widens.
            if kind == .right || kind == .full { schema.fields[l].type = type }
        }
        if kind != .semi && kind != .anti {
            let rightKeys = Set(keys.map(\.right))
            for field in rightSchema.fields where !rightKeys.contains(field.name) {
                schema.fields.append(.init(schema.index(of: field.name) == nil ? field.name : field.name + "_right", field.type))
            }
        }
        return .join(input, .reference(name: name, schema: rightSchema), keys: keys, kind: kind, schema: schema)
    }

    /// The name and schema of the relation a join reads.
    func joinedRelation(_ expr: Expr) throws(Diagnostic) -> (String, Schema) {
        guard case .identifier(let parts) = expr.kind, parts.count == 1, let schema = relations[parts[0]] else {
            let name: String
            if case .identifier(let parts) = expr.kind { name = parts.joined(separator: ".") } else { name = "?" }
            throw unknownRelation(name, at: expr.span)
        }
        return (parts[0], schema)
    }

    /// The common type of two join keys: equal types, or a double for an integer and a double.
    func joinedKeyType(
        _ left: DataType, _ right: DataType, _ key: (left: String, right: String), at span: Span
    ) throws(Diagnostic) -> DataType {
        if left == right { return left }
        if left.isNumeric && right.isNumeric { return .double }
        throw .error("the key '\(key.left)' is \(left) but '\(key.right)' of the joined relation is \(right); convert one so both have one type", at: span)
    }

    func collectJoinKeys(_ expr: Expr, left: Schema, right: Schema, into keys: inout [(left: String, right: String)]) throws(Diagnostic) {
        switch expr.kind {
        case .binary(.and, let a, let b):
            try collectJoinKeys(a, left: left, right: right, into: &keys)
            try collectJoinKeys(b, left: left, right: right, into: &keys)
        case .unary(.equalSelf, let operand):
            let name = try columnName(operand, in: left)
            guard right.index(of: name) != nil else {
                throw .unknown("column of the joined relation", name, at: operand.span, candidates: right.names)
            }
            keys.append((name, name))
        case .binary(.equal, let a, let b):
            keys.append(try thisAndThat(a, b, left: left, right: right, at: expr.span))
        default:
            throw .error("join on ==column (the same name on both sides), combined with &&", at: expr.span)
        }
    }

    /// The columns of `this.left_column` and `that.right_column`.
    func thisAndThat(_ a: Expr, _ b: Expr, left: Schema, right: Schema, at span: Span) throws(Diagnostic) -> (left: String, right: String) {
        guard case .identifier(let l) = a.kind, l.count == 2, l[0] == "this",
            case .identifier(let r) = b.kind, r.count == 2, r[0] == "that"
        else { throw .error("compare this.left_column with that.right_column, in that order", at: span) }
        guard left.index(of: l[1]) != nil else { throw .unknown("column", l[1], at: a.span, candidates: left.names) }
        guard right.index(of: r[1]) != nil else { throw .unknown("column of the joined relation", r[1], at: b.span, candidates: right.names) }
        return (l[1], r[1])
    }
}
