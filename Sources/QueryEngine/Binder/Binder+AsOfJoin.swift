import Frame
import QuerySyntax

extension Binder {
    /// `join_asof RELATION (==facility && this.date >= that.date) tolerance:90`: each row gets
    /// the right row with equal `==` keys whose key is closest: `>=` looks back (the latest right
    /// key at or before the row's), `<=` forward; `direction:nearest` takes the closer of the
    /// two (the backward one on a tie). `tolerance:` drops matches farther than that (days
    /// for dates).
    func bindAsOfJoin(_ call: Call, input: LogicalPlan, span: Span) throws(Diagnostic) -> LogicalPlan {
        let usage = "join_asof RELATION (==key && this.date >= that.date), optionally with direction:nearest and tolerance:DAYS"
        guard call.positional.count == 2 else { throw .error(usage, at: span) }
        let (name, rightSchema) = try joinedRelation(call.positional[0])
        var by: [(left: String, right: String)] = []
        var key: (left: String, right: String, backward: Bool)?
        for part in conjuncts(call.positional[1]) {
            switch part.kind {
            case .binary(let op, let a, let b) where op == .greaterOrEqual || op == .lessOrEqual:
                guard key == nil else { throw .error("an as-of join has one >= or <= comparison; the others are ==", at: part.span) }
                let pair = try thisAndThat(a, b, left: input.schema, right: rightSchema, at: part.span)
                key = (pair.left, pair.right, op == .greaterOrEqual)
            default:
                try collectJoinKeys(part, left: input.schema, right: rightSchema, into: &by)
            }
        }
        guard let key else {
            throw .error("an as-of join needs the key to match by closeness: this.date >= that.date (backward) or <= (forward)", at: call.positional[1].span)
        }
        for pair in by {
            _ = try joinedKeyType(
                input.schema.fields[input.schema.index(of: pair.left)!].type,
                rightSchema.fields[rightSchema.index(of: pair.right)!].type, pair, at: call.positional[1].span)
        }
        let leftType = input.schema.fields[input.schema.index(of: key.left)!].type
        let rightType = rightSchema.fields[rightSchema.index(of: key.right)!].type
        guard leftType == rightType ? leftType != .string && leftType != .bool : leftType.isNumeric && rightType.isNumeric else {
            throw .error("as-of keys are numbers or dates of one kind; '\(key.left)' is \(leftType) and '\(key.right)' is \(rightType)", at: call.positional[1].span)
        }
        var direction: AsOfDirection = key.backward ? .backward : .forward
        var tolerance: Double?
        for option in call.named {
            switch option.name {
            case "direction":
                let text = try namedText(call, "direction", default: direction.rawValue, allowed: AsOfDirection.allCases.map(\.rawValue))
                guard text == "nearest" || text == direction.rawValue else {
                    throw .error("the comparison already says \(direction.rawValue); write \(key.backward ? "<=" : ">=") for \(text), or direction:nearest", at: option.value.span)
                }
                direction = AsOfDirection(rawValue: text)!
            case "tolerance":
                guard case .value(let value)? = try constantValue(option.value), let distance = value.doubleValue, distance >= 0 else {
                    throw .error("tolerance: the largest distance that still matches, such as tolerance:90 (days for dates)", at: option.value.span)
                }
                tolerance = distance
            default:
                throw .unknown("option of join_asof", option.name, at: option.nameSpan, candidates: ["direction", "tolerance"])
            }
        }
        var schema = input.schema
        let byRight = Set(by.map(\.right))
        for field in rightSchema.fields where !byRight.contains(field.name) {
            schema.fields.append(.init(schema.index(of: field.name) == nil ? field.name : field.name + "_right", field.type))
        }
        let condition = AsOfCondition(on: (key.left, key.right), by: by, direction: direction, tolerance: tolerance)
        return .asOfJoin(input, .reference(name: name, schema: rightSchema), condition, schema: schema)
    }

    /// The operands of the expression's top-level `&&`s.
    private func conjuncts(_ expr: Expr) -> [Expr] {
        if case .binary(.and, let a, let b) = expr.kind { return conjuncts(a) + conjuncts(b) }
        return [expr]
    }
}
