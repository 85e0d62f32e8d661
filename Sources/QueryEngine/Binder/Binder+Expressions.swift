import Frame
import QuerySyntax

/// Where an expression is bound: over rows, or inside an `aggregate` with these group keys.
enum ExpressionContext {
    case row
    case aggregate(keys: [String])
    /// Inside the argument of an aggregate function.
    case aggregateArgument
}

extension Binder {
    /// The aggregate functions, by the names queries use.
    static let aggregates: [String: AggregateFunction] = [
        "count": .count, "count_if": .countTrue, "sum": .sum, "mean": .mean, "average": .mean,
        "min": .min, "max": .max, "median": .median,
    ]

    /// Binds an expression against a schema and the parameters.
    func bindExpression(_ expr: Expr, schema: Schema, context: ExpressionContext) throws(Diagnostic) -> BoundExpr {
        switch expr.kind {
        case .literal(let literal):
            let value = Binder.value(of: literal)
            return .constant(value, type: value.dataType ?? .int64)
        case .identifier(let parts):
            return try bindName(parts, span: expr.span, schema: schema, context: context)
        case .unary(let op, let operand):
            let bound = try bindExpression(operand, schema: schema, context: context)
            switch op {
            case .plus:
                guard bound.type.isNumeric else { throw .error("'+' needs a number, not \(bound.type)", at: expr.span) }
                return bound
            case .negate:
                if case .constant(.int(let v), _) = bound { return .constant(.int(-v), type: .int64) }
                if case .constant(.double(let v), _) = bound { return .constant(.double(-v), type: .double) }
                guard bound.type.isNumeric else { throw .error("'-' needs a number, not \(bound.type)", at: expr.span) }
                return .arithmetic(.subtract, .constant(.int(0), type: .int64), bound, type: bound.type)
            case .not:
                try expectBoolean(bound, operand.span, "'!'")
                return .not(bound)
            case .equalSelf:
                throw .error("'==column' is only meaningful in a join condition", at: expr.span)
            }
        case .binary(let op, let left, let right):
            return try bindBinary(op, left, right, span: expr.span, schema: schema, context: context)
        case .cases(let arms):
            var bound: [(condition: BoundExpr, value: BoundExpr)] = []
            for arm in arms {
                let condition = try bindExpression(arm.condition, schema: schema, context: context)
                try expectBoolean(condition, arm.condition.span, "a case condition")
                bound.append((condition, try bindExpression(arm.value, schema: schema, context: context)))
            }
            let type = try unifiedType(bound.map(\.value), spans: arms.map(\.value.span))
            return .caseWhen(bound.map { ($0.condition, retype($0.value, type)) }, type: type)
        case .fString(let parts):
            var pieces: [FormatPiece] = []
            for part in parts {
                switch part {
                case .text(let text): pieces.append(.text(text))
                case .expression(let e): pieces.append(.value(try bindExpression(e, schema: schema, context: context)))
                }
            }
            return .format(pieces)
        case .call(let call):
            return try bindCall(call, span: expr.span, schema: schema, context: context)
        case .pipeline:
            throw .error("a pipeline cannot be used as a value here", at: expr.span)
        case .tuple:
            throw .error("a tuple {…} cannot be used as a value here", at: expr.span)
        case .array:
            throw .error("a list […] cannot be used as a value here", at: expr.span)
        case .range:
            throw .error("a range cannot be used as a value here", at: expr.span)
        }
    }

    private func bindName(_ parts: [String], span: Span, schema: Schema, context: ExpressionContext) throws(Diagnostic) -> BoundExpr {
        let name = parts.count == 2 && parts[0] == "this" ? parts[1] : parts.joined(separator: ".")
        if let index = schema.index(of: name) {
            if case .aggregate(let keys) = context, !keys.contains(name) {
                throw .error("'\(name)' is not a group key, so it needs an aggregate here, such as sum \(name) or max \(name)", at: span)
            }
            return .column(index: index, name: name, type: schema.fields[index].type)
        }
        if let parameter = parameters.first(where: { $0.name == name }) {
            guard case .value(let value) = parameter.value else {
                throw .error("'\(name)' is a list parameter; lists can only be passed as options, such as breaks:\(name)", at: span)
            }
            return .constant(value, type: value.dataType ?? .int64)
        }
        if registry.function(named: name) != nil || Binder.aggregates[name] != nil {
            // PRQL's calls bind loosest: `f a || g b` reads as `f (a || g b)`.
            let usage = registry.function(named: name)?.usage ?? "\(name) column"
            throw .error("'\(name)' is a function, not a value: give it its arguments (\(usage))", at: span,
                help: ["a call inside an operator needs parentheses: (contains a \"x\") || (contains b \"x\")"])
        }
        throw .unknown("name", name, at: span, candidates: schema.names + parameters.map(\.name))
    }

    private func bindBinary(
        _ op: BinaryOperator, _ left: Expr, _ right: Expr, span: Span, schema: Schema, context: ExpressionContext
    ) throws(Diagnostic) -> BoundExpr {
        // `x == null` and `x != null` test for missing values (SQL's IS NULL).
        if op == .equal || op == .notEqual {
            for (side, other) in [(left, right), (right, left)] where side.kind == .literal(.null) {
                let test = BoundExpr.isNull(try bindExpression(other, schema: schema, context: context))
                return op == .equal ? test : .not(test)
            }
        }
        let a = try bindExpression(left, schema: schema, context: context)
        let b = try bindExpression(right, schema: schema, context: context)
        switch op {
        case .and, .or:
            try expectBoolean(a, left.span, "'\(op.rawValue)'")
            try expectBoolean(b, right.span, "'\(op.rawValue)'")
            return op == .and ? .and(a, b) : .or(a, b)
        case .coalesce:
            let type = try unifiedType([a, b], spans: [left.span, right.span])
            return .coalesce([retype(a, type), retype(b, type)], type: type)
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
            let comparison = ComparisonOperator(rawValue: op.rawValue)!
            guard comparison.accepts(a.type, b.type) else {
                throw .error("cannot compare \(a.type) with \(b.type)", at: span)
            }
            return .comparison(comparison, a, b)
        case .add, .subtract, .multiply, .divide, .floorDivide, .modulo, .power:
            let arithmetic: ArithmeticOperator = switch op {
            case .add: .add
            case .subtract: .subtract
            case .multiply: .multiply
            case .divide: .divide
            case .floorDivide: .integerDivide
            case .modulo: .remainder
            default: .power
            }
            guard let type = arithmetic.resultType(a.type, b.type) else {
                throw .error("'\(op.rawValue)' does not apply to \(a.type) and \(b.type)", at: span)
            }
            return .arithmetic(arithmetic, a, b, type: type)
        }
    }

    private func bindCall(_ call: Call, span: Span, schema: Schema, context: ExpressionContext) throws(Diagnostic) -> BoundExpr {
        if let function = Binder.aggregates[call.callee] {
            if case .aggregateArgument = context {
                throw .error("an aggregate cannot contain another aggregate", at: call.calleeSpan)
            }
            let argument: BoundExpr?
            if call.callee == "count" {
                guard call.positional.count == 1 else { throw .error("count this (rows) or count COLUMN (values that are not null)", at: span) }
                if case .identifier(["this"]) = call.positional[0].kind {
                    return .aggregate(.count, nil, type: .int64)
                }
                argument = try bindExpression(call.positional[0], schema: schema, context: .aggregateArgument)
                return .aggregate(.countValid, argument, type: .int64)
            }
            guard call.positional.count == 1 else {
                throw .error("'\(call.callee)' takes one argument: \(call.callee) COLUMN", at: span)
            }
            argument = try bindExpression(call.positional[0], schema: schema, context: .aggregateArgument)
            guard let type = function.resultType(for: argument!.type) else {
                throw .error("'\(call.callee)' does not apply to \(argument!.type)", at: call.positional[0].span)
            }
            return .aggregate(function, argument, type: type)
        }
        if call.callee == "rank" {
            guard case .row = context else { throw .error("'rank' works over rows, in derive or select", at: call.calleeSpan) }
            guard call.positional.count == 1 else { throw .error("rank COLUMN ties:competition descending:true", at: span) }
            let argument = try bindExpression(call.positional[0], schema: schema, context: context)
            let ties = try namedText(call, "ties", default: "competition", allowed: RankMethod.allCases.map(\.rawValue))
            var options = ["ties": Constant.value(.string(ties))]
            var eligible: BoundExpr?
            for named in call.named {
                switch named.name {
                case "ties": continue
                case "descending":
                    guard case .literal(.bool(let flag)) = named.value.kind else { throw .error("descending:true or descending:false", at: named.value.span) }
                    options["descending"] = .value(.bool(flag))
                case "where":
                    let condition = try bindExpression(named.value, schema: schema, context: context)
                    try expectBoolean(condition, named.value.span, "where")
                    eligible = condition
                default:
                    throw .unknown("option of rank", named.name, at: named.nameSpan, candidates: ["ties", "descending", "where"])
                }
            }
            return .window(.rank, argument, eligible: eligible, options: FunctionOptions(options), type: ties == "average" ? .double : .int64)
        }
        if call.callee == "running_sum" {
            guard case .row = context else { throw .error("'running_sum' works over rows, in derive or select", at: call.calleeSpan) }
            guard call.positional.count == 1, call.named.isEmpty else { throw .error("running_sum COLUMN: the sum up to each row, in row order", at: span) }
            let argument = try bindExpression(call.positional[0], schema: schema, context: context)
            guard argument.type.isNumeric else {
                throw .error("'running_sum' adds numbers; this is \(argument.type)", at: call.positional[0].span)
            }
            return .window(.runningSum, argument, eligible: nil, options: FunctionOptions(), type: argument.type)
        }
        if call.callee == "coalesce" {
            var items: [BoundExpr] = []
            for argument in call.positional { items.append(try bindExpression(argument, schema: schema, context: context)) }
            let type = try unifiedType(items, spans: call.positional.map(\.span))
            return .coalesce(items.map { retype($0, type) }, type: type)
        }
        guard let function = registry.function(named: call.callee) else {
            throw .unknown("function", call.callee, at: call.calleeSpan,
                candidates: registry.names + Array(Binder.aggregates.keys) + ["rank", "running_sum", "coalesce"])
        }
        var arguments: [BoundExpr] = []
        for argument in call.positional { arguments.append(try bindExpression(argument, schema: schema, context: context)) }
        // Defaults first, so a kernel always finds every option it declares.
        var options = function.options
        for named in call.named {
            guard function.options[named.name] != nil else {
                throw .unknown("option of \(function.name)", named.name, at: named.nameSpan, candidates: Array(function.options.keys))
            }
            guard let constant = try constantOption(named.value) else {
                throw .error("the option \(named.name) takes a constant value", at: named.value.span)
            }
            options[named.name] = constant
        }
        switch function.resolve(arguments.map(\.type)) {
        case .success(let type):
            return .call(function, arguments, options: FunctionOptions(options), type: type)
        case .failure(let mismatch):
            throw .error("'\(function.name)' expects \(mismatch.expected)", at: span, help: ["usage: \(function.usage)"])
        }
    }

    /// A named option's constant value: a literal, a list, or a parameter's value.
    private func constantOption(_ expr: Expr) throws(Diagnostic) -> Constant? {
        if case .identifier(let parts) = expr.kind, parts.count == 1 {
            if let parameter = parameters.first(where: { $0.name == parts[0] }) { return parameter.value }
            return .value(.string(parts[0]))
        }
        return try constantValue(expr)
    }

    /// The common type of several values: equal types, or numbers (giving double); nulls adapt.
    private func unifiedType(_ items: [BoundExpr], spans: [Span]) throws(Diagnostic) -> DataType {
        let typed = zip(items, spans).filter { if case .constant(.null, _) = $0.0 { false } else { true } }
        guard var type = typed.first?.0.type else { return .int64 }
        for (item, span) in typed.dropFirst() where item.type != type {
            guard item.type.isNumeric && type.isNumeric else {
                throw .error("this is \(item.type), but the other values are \(type)", at: span)
            }
            type = .double
        }
        return type
    }

    /// A null constant takes the type it is combined with.
    private func retype(_ expr: BoundExpr, _ type: DataType) -> BoundExpr {
        if case .constant(.null, _) = expr { return .constant(.null, type: type) }
        return expr
    }
}
