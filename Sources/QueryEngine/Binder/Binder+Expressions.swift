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
    /// `quantile` and `string_agg` take their parameter from the `p:` and `sep:` options.
    static let aggregates: [String: AggregateFunction] = [
        "count": .count, "count_if": .countTrue, "count_distinct": .countDistinct, "sum": .sum, "mean": .mean,
        "average": .mean, "min": .min, "max": .max, "median": .median, "quantile": .quantile(0.5),
        "variance": .variance, "stddev": .standardDeviation, "first": .first, "last": .last, "any": .any,
        "all": .all, "string_agg": .joined(separator: ","), "corr": .correlation,
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
        case .pipeline(let stages):
            return try bindExpression(try Binder.applyingStages(stages), schema: schema, context: context)
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
            if call.callee == "count" {
                guard call.positional.count == 1 else { throw .error("count this (rows) or count COLUMN (values that are not null)", at: span) }
                if case .identifier(["this"]) = call.positional[0].kind {
                    return .aggregate(.count, [], type: .int64)
                }
                let argument = try bindExpression(call.positional[0], schema: schema, context: .aggregateArgument)
                return .aggregate(.countValid, [argument], type: .int64)
            }
            return try bindAggregateCall(call, function, span: span, schema: schema)
        }
        if let window = try bindWindowCall(call, span: span, schema: schema, context: context) {
            return window
        }
        if call.callee == "in" {
            return try bindMembership(call, span: span, schema: schema, context: context)
        }
        if call.callee == "between" {
            guard call.positional.count == 3, call.named.isEmpty else {
                throw .error("between VALUE LOW HIGH: whether the value is from LOW to HIGH, both included", at: span)
            }
            let value = try bindExpression(call.positional[0], schema: schema, context: context)
            let low = try bindExpression(call.positional[1], schema: schema, context: context)
            let high = try bindExpression(call.positional[2], schema: schema, context: context)
            return try bindRange(value, low: low, high: high, spans: call.positional.map(\.span))
        }
        if call.callee == "coalesce" {
            var items: [BoundExpr] = []
            for argument in call.positional { items.append(try bindExpression(argument, schema: schema, context: context)) }
            let type = try unifiedType(items, spans: call.positional.map(\.span))
            return .coalesce(items.map { retype($0, type) }, type: type)
        }
        guard let function = registry.function(named: call.callee) else {
            throw .unknown("function", call.callee, at: call.calleeSpan,
                candidates: registry.names + Array(Binder.aggregates.keys) + Binder.windowFunctions + Binder.columnStatistics + ["coalesce"])
        }
        // Defaults first, so a kernel always finds every option it declares.
        var options = function.options
        var positional = call.positional[...]
        if let word = function.word {
            guard let first = positional.popFirst() else {
                throw .error("'\(function.name)' needs a \(word.name) first: one of \(word.words.joined(separator: ", "))", at: span,
                    help: ["usage: \(function.usage)"])
            }
            guard let chosen = Binder.word(first), word.words.contains(chosen) else {
                throw .error("'\(function.name)' expects a \(word.name) here: one of \(word.words.joined(separator: ", "))", at: first.span,
                    help: ["usage: \(function.usage)"])
            }
            options[word.name] = .value(.string(chosen))
        }
        var arguments: [BoundExpr] = []
        for argument in positional { arguments.append(try bindExpression(argument, schema: schema, context: context)) }
        for named in call.named {
            guard function.options[named.name] != nil else {
                throw .unknown("option of \(function.name)", named.name, at: named.nameSpan, candidates: Array(function.options.keys))
            }
            guard let constant = try constantOption(named.value) else {
                throw .error("the option \(named.name) takes a constant value", at: named.value.span)
            }
            options[named.name] = constant
        }
        switch function.resolve(arguments.map(\.type), FunctionOptions(options)) {
        case .success(let type):
            return .call(function, arguments, options: FunctionOptions(options), type: type)
        case .failure(let mismatch):
            throw .error("'\(function.name)' expects \(mismatch.expected)", at: span, help: ["usage: \(function.usage)"])
        }
    }

    /// `in [a, b] x` (a list of constants, SQL's IN) or `in low..high x` (both bounds included;
    /// either may be left out), usually written `(x | in 18..65)`.
    private func bindMembership(_ call: Call, span: Span, schema: Schema, context: ExpressionContext) throws(Diagnostic) -> BoundExpr {
        guard call.positional.count == 2, call.named.isEmpty else {
            throw .error("in takes a list or a range, then the value: (x | in [1, 2]) or (x | in 18..65)", at: span)
        }
        let value = try bindExpression(call.positional[1], schema: schema, context: context)
        let set = call.positional[0]
        switch set.kind {
        case .range(let start, let end):
            let low = try start.map { (e) throws(Diagnostic) in try bindExpression(e, schema: schema, context: context) }
            let high = try end.map { (e) throws(Diagnostic) in try bindExpression(e, schema: schema, context: context) }
            return try bindRange(value, low: low, high: high, spans: [call.positional[1].span, start?.span ?? set.span, end?.span ?? set.span])
        case .array(let items):
            guard !items.isEmpty else { throw .error("the list of 'in' is empty; give at least one value", at: set.span) }
            var values: [Value] = []
            for item in items {
                guard case .constant(let v, let type) = try bindExpression(item, schema: schema, context: context) else {
                    throw .error("the list of 'in' holds constants only; compare with a column using ==", at: item.span)
                }
                guard v == .null || ComparisonOperator.equal.accepts(value.type, type) else {
                    throw .error("cannot compare \(value.type) with \(type)", at: item.span)
                }
                values.append(v)
            }
            return .call(FunctionRegistry.membership, [value], options: FunctionOptions(["values": .list(values)]), type: .bool)
        default:
            throw .error("in takes a list [a, b] or a range low..high", at: set.span)
        }
    }

    /// `low <= value && value <= high`, SQL's BETWEEN; a missing bound is left out.
    private func bindRange(_ value: BoundExpr, low: BoundExpr?, high: BoundExpr?, spans: [Span]) throws(Diagnostic) -> BoundExpr {
        var tests: [BoundExpr] = []
        for (bound, op, span) in [(low, ComparisonOperator.greaterOrEqual, spans[1]), (high, .lessOrEqual, spans[2])] {
            guard let bound else { continue }
            let isNull = if case .constant(.null, _) = bound { true } else { false }
            guard isNull || op.accepts(value.type, bound.type) else {
                throw .error("cannot compare \(value.type) with \(bound.type)", at: span)
            }
            tests.append(.comparison(op, value, retype(bound, value.type)))
        }
        guard let first = tests.first else { throw .error("a range needs at least one bound: 18..65, 18.. or ..65", at: spans[0]) }
        return tests.count == 2 ? .and(first, tests[1]) : first
    }

    /// The stages of a value pipeline `(x | f a | g)` as nested calls `g (f a x)`: each stage
    /// takes the value so far as its last argument, as PRQL does.
    static func applyingStages(_ stages: [Expr]) throws(Diagnostic) -> Expr {
        var value = stages[0]
        for stage in stages.dropFirst() {
            let call: Call
            switch stage.kind {
            case .call(let c): call = c
            case .identifier(let parts): call = Call(callee: parts.joined(separator: "."), calleeSpan: stage.span, positional: [], named: [])
            default: throw .error("a stage of a value pipeline is a function, such as (name | lower) or (x | in 1..5)", at: stage.span)
            }
            let piped = Call(callee: call.callee, calleeSpan: call.calleeSpan, positional: call.positional + [value], named: call.named)
            value = Expr(.call(piped), span: value.span.to(stage.span))
        }
        return value
    }

    /// A bare word or a quoted one, such as the `quarter` of `date_trunc quarter d`.
    static func word(_ expr: Expr) -> String? {
        switch expr.kind {
        case .identifier(let parts) where parts.count == 1: parts[0]
        case .literal(.string(let text)): text
        default: nil
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
