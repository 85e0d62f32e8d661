import Frame
import QuerySyntax

extension Binder {
    /// The transforms a pipeline stage can call, for suggestions.
    static let transforms = [
        "from", "filter", "derive", "select", "group", "aggregate", "sort", "take", "join",
        "fill_quarters", "complete", "kaplan_meier", "kaplan_meier_median", "window",
        "join_asof", "distinct", "append",
    ]

    /// Binds a pipeline (or a single `from`) into a plan.
    mutating func bindRelation(_ expr: Expr) throws(Diagnostic) -> LogicalPlan {
        let stages: [Expr]
        if case .pipeline(let items) = expr.kind { stages = items } else { stages = [expr] }
        guard let first = stages.first, case .call(let from) = first.kind, from.callee == "from" else {
            throw .error("a relation starts with 'from', such as: from \"data/file.csv\"", at: stages.first?.span ?? expr.span)
        }
        var plan = try bindFrom(from, span: first.span)
        for stage in stages.dropFirst() {
            guard case .call(let call) = stage.kind else {
                throw .error("expected a transform such as filter, derive, select, group, sort or take", at: stage.span)
            }
            plan = try bindTransform(call, input: plan, span: stage.span)
        }
        return plan
    }

    private func bindFrom(_ call: Call, span: Span) throws(Diagnostic) -> LogicalPlan {
        guard call.positional.count == 1 else {
            throw .error("'from' takes one source: a file path in quotes or the name of an earlier relation", at: span)
        }
        let source = call.positional[0]
        switch source.kind {
        case .literal(.string(let path)):
            let file = located(Source(path: path, options: try sourceOptions(call)))
            do {
                let schema = try schemaOf(file)
                return .scan(file, columns: schema.names, schema: schema)
            } catch {
                throw .error("cannot read '\(path)': \(error)", at: source.span)
            }
        case .identifier(let parts) where parts.count == 1:
            if let option = call.named.first {
                throw .error("reading options belong to a file; '\(parts[0])' is a relation", at: option.nameSpan)
            }
            guard let schema = relations[parts[0]] else {
                throw unknownRelation(parts[0], at: source.span)
            }
            return .reference(name: parts[0], schema: schema)
        default:
            throw .error("'from' takes a file path in quotes or the name of an earlier relation", at: source.span)
        }
    }

    private func bindTransform(_ call: Call, input: LogicalPlan, span: Span) throws(Diagnostic) -> LogicalPlan {
        let schema = input.schema
        switch call.callee {
        case "filter":
            let condition = try single(call, "filter CONDITION")
            let predicate = try bindExpression(condition, schema: schema, context: .row)
            try expectBoolean(predicate, condition.span, "filter")
            return .filter(input, predicate: predicate)
        case "derive":
            var current = schema
            var items: [NamedExpr] = []
            for field in try fields(of: try single(call, "derive {name = expression, …}"), requireNames: true) {
                let bound = try bindExpression(field.expr, schema: current, context: .row)
                items.append(NamedExpr(field.name, bound))
                if let index = current.index(of: field.name) {
                    current.fields[index].type = bound.type
                } else {
                    current.fields.append(.init(field.name, bound.type))
                }
            }
            return .derive(input, items, schema: current)
        case "select":
            var items: [NamedExpr] = []
            for field in try fields(of: try single(call, "select {column, name = expression, …}"), requireNames: true) {
                guard !items.contains(where: { $0.name == field.name }) else {
                    throw .error("'\(field.name)' is selected twice", at: field.span)
                }
                items.append(NamedExpr(field.name, try bindExpression(field.expr, schema: schema, context: .row)))
            }
            return .select(input, items, schema: Schema(items.map { .init($0.name, $0.expr.type) }))
        case "aggregate":
            return try bindAggregate(keys: [], call, input: input)
        case "group":
            guard call.positional.count == 2 else {
                throw .error("'group' takes the keys and one aggregate: group {key, …} (aggregate {name = sum x, …})", at: span)
            }
            var keys: [NamedExpr] = []
            for field in try fields(of: call.positional[0], requireNames: true) {
                keys.append(NamedExpr(field.name, try bindExpression(field.expr, schema: schema, context: .row)))
            }
            if let windowed = try bindGroupWindow(keys: keys, call.positional[1], input: input) { return windowed }
            guard case .call(let inner) = call.positional[1].kind, inner.callee == "aggregate" else {
                throw .error("inside 'group', only 'aggregate {…}' is supported for now", at: call.positional[1].span)
            }
            return try bindAggregate(keys: keys, inner, input: input)
        case "window":
            return try bindWindowTransform(call, input: input, span: span)
        case "sort":
            var keys: [SortKey] = []
            let nullsFirst = try namedText(call, "nulls", default: "last", allowed: ["first", "last"]) == "first"
            for field in try fields(of: try single(call, "sort {column, -column, …}"), requireNames: false) {
                var expr = field.expr
                var descending = false
                if case .unary(.negate, let operand) = expr.kind {
                    descending = true
                    expr = operand
                } else if case .unary(.plus, let operand) = expr.kind {
                    expr = operand
                }
                guard case .identifier(let parts) = expr.kind, parts.count == 1 else {
                    throw .error("sort by column names, with '-' for descending: sort {-rate, area}", at: expr.span)
                }
                guard schema.index(of: parts[0]) != nil else {
                    throw .unknown("column", parts[0], at: expr.span, candidates: schema.names)
                }
                keys.append(SortKey(parts[0], descending: descending, nullsFirst: nullsFirst))
            }
            return .sort(input, keys)
        case "take":
            let argument = try single(call, "take N or take FIRST..LAST")
            switch argument.kind {
            case .literal(.integer(let n)) where n >= 0:
                return .take(input, offset: 0, count: Int(n))
            case .range(let start, let end):
                let first = try start.map { (e) throws(Diagnostic) -> Int in try positiveInteger(e) } ?? 1
                let last = try end.map { (e) throws(Diagnostic) -> Int in try positiveInteger(e) }
                return .take(input, offset: first - 1, count: last.map { max(0, $0 - first + 1) })
            default:
                throw .error("take N (the first N rows) or take FIRST..LAST (rows counted from 1)", at: argument.span)
            }
        case "join":
            return try bindJoin(call, input: input, span: span)
        case "join_asof":
            return try bindAsOfJoin(call, input: input, span: span)
        case "append":
            return try bindAppend(call, input: input, span: span)
        case "distinct":
            return try bindDistinct(call, input: input)
        case "fill_quarters":
            guard call.positional.count == 1 else {
                throw .error("'fill_quarters' takes one argument: fill_quarters DATE_COLUMN zero:{count, …}", at: call.calleeSpan)
            }
            let argument = call.positional[0]
            let name = try columnName(argument, in: schema)
            guard schema.fields[schema.index(of: name)!].type == .date else {
                throw .error("fill_quarters needs a date column of quarter starts; '\(name)' is \(schema.fields[schema.index(of: name)!].type)", at: argument.span)
            }
            return .fillQuarters(input, column: name, zero: try zeroColumns(call, schema))
        case "kaplan_meier", "kaplan_meier_median":
            return try bindSurvival(call, input: input, median: call.callee == "kaplan_meier_median", span: span)
        case "complete":
            guard call.positional.count == 2 else {
                throw .error("complete COLUMN [value, …]: adds a zero row for every listed value that is missing", at: span)
            }
            let name = try columnName(call.positional[0], in: schema)
            guard case .list(let values)? = try constantValue(call.positional[1]) else {
                throw .error("expected a list of values such as [\"0–29\", \"30–89\"]", at: call.positional[1].span)
            }
            return .complete(input, column: name, values: values, zero: try zeroColumns(call, schema))
        default:
            throw .unknown("transform", call.callee, at: call.calleeSpan, candidates: Binder.transforms)
        }
    }

    private func bindAggregate(keys: [NamedExpr], _ call: Call, input: LogicalPlan) throws(Diagnostic) -> LogicalPlan {
        var values: [NamedExpr] = []
        for field in try fields(of: try single(call, "aggregate {name = sum column, …}"), requireNames: true) {
            let bound = try bindExpression(field.expr, schema: input.schema, context: .aggregate(keys: keys.map(\.name)))
            values.append(NamedExpr(field.name, bound))
        }
        let schema = Schema(keys.map { .init($0.name, $0.expr.type) } + values.map { .init($0.name, $0.expr.type) })
        return .aggregate(input, keys: keys, values: values, schema: schema)
    }

    /// `kaplan_meier DAYS EVENT transform:"log" confidence:0.95`: time to an event, with rows
    /// whose event is false censored at their duration.
    private func bindSurvival(_ call: Call, input: LogicalPlan, median: Bool, span: Span) throws(Diagnostic) -> LogicalPlan {
        guard call.positional.count == 2 else {
            throw .error("\(call.callee) DAYS EVENT: the days to the event (or to censoring) and whether it happened", at: span)
        }
        let duration = try bindExpression(call.positional[0], schema: input.schema, context: .row)
        guard duration.type.isNumeric else {
            throw .error("the duration must be a number of days; this is \(duration.type)", at: call.positional[0].span)
        }
        let event = try bindExpression(call.positional[1], schema: input.schema, context: .row)
        try expectBoolean(event, call.positional[1].span, "the event")
        var options = SurvivalOptions(median: median, transform: .default, confidence: 0.95)
        for named in call.named {
            switch named.name {
            case "transform":
                let name = try namedText(call, "transform", default: "log", allowed: ["log", "log_log", "plain"])
                options.transform = name == "log_log" ? .logLog : (name == "plain" ? .plain : .log)
            case "confidence":
                guard case .value(let value)? = try constantValue(named.value), let level = value.doubleValue, level > 0, level < 1 else {
                    throw .error("confidence: a level between 0 and 1, such as 0.95", at: named.value.span)
                }
                options.confidence = level
            default:
                throw .unknown("option of \(call.callee)", named.name, at: named.nameSpan, candidates: ["transform", "confidence"])
            }
        }
        return .survival(input, duration: duration, event: event, options: options)
    }

    // MARK: Helpers

    /// The `zero:{…}` columns of a filling transform: numeric columns that get 0 in added rows.
    private func zeroColumns(_ call: Call, _ schema: Schema) throws(Diagnostic) -> [String]? {
        var columns: [String]?
        for named in call.named {
            guard named.name == "zero" else {
                throw .unknown("option of \(call.callee)", named.name, at: named.nameSpan, candidates: ["zero"])
            }
            var names: [String] = []
            for field in try fields(of: named.value, requireNames: false) {
                let name = try columnName(field.expr, in: schema)
                guard schema.fields[schema.index(of: name)!].type.isNumeric else {
                    throw .error("zero:{…} lists numeric columns; '\(name)' is not", at: field.span)
                }
                names.append(name)
            }
            columns = names
        }
        return columns
    }

    func single(_ call: Call, _ usage: String) throws(Diagnostic) -> Expr {
        guard call.positional.count == 1 else {
            throw .error("'\(call.callee)' takes one argument: \(usage)", at: call.calleeSpan)
        }
        return call.positional[0]
    }

    /// The fields of a tuple (or one bare expression), each with the name of the column it makes.
    func fields(of expr: Expr, requireNames: Bool) throws(Diagnostic) -> [(name: String, expr: Expr, span: Span)] {
        let items: [TupleField]
        if case .tuple(let fields) = expr.kind { items = fields } else { items = [TupleField(value: expr)] }
        var result: [(name: String, expr: Expr, span: Span)] = []
        for item in items {
            if let alias = item.alias {
                result.append((alias, item.value, item.aliasSpan ?? item.value.span))
            } else if case .identifier(let parts) = item.value.kind, parts.count == 1 {
                result.append((parts[0], item.value, item.value.span))
            } else if requireNames {
                throw .error("name this column: name = expression", at: item.value.span)
            } else {
                result.append(("", item.value, item.value.span))
            }
        }
        return result
    }

    func columnName(_ expr: Expr, in schema: Schema) throws(Diagnostic) -> String {
        guard case .identifier(let parts) = expr.kind, parts.count == 1 else {
            throw .error("expected a column name", at: expr.span)
        }
        guard schema.index(of: parts[0]) != nil else {
            throw .unknown("column", parts[0], at: expr.span, candidates: schema.names)
        }
        return parts[0]
    }

    func namedText(_ call: Call, _ name: String, default fallback: String, allowed: [String]) throws(Diagnostic) -> String {
        guard let argument = call.named.first(where: { $0.name == name }) else { return fallback }
        let text: String
        switch argument.value.kind {
        case .identifier(let parts) where parts.count == 1: text = parts[0]
        case .literal(.string(let s)): text = s
        default: throw .error("\(name): expected one of \(allowed.joined(separator: ", "))", at: argument.value.span)
        }
        guard allowed.contains(text) else {
            throw .unknown("\(name)", text, at: argument.value.span, candidates: allowed)
        }
        return text
    }

    private func positiveInteger(_ expr: Expr) throws(Diagnostic) -> Int {
        guard case .literal(.integer(let n)) = expr.kind, n >= 1 else {
            throw .error("expected a row number, counted from 1", at: expr.span)
        }
        return Int(n)
    }

    func expectBoolean(_ expr: BoundExpr, _ span: Span, _ what: String) throws(Diagnostic) {
        guard expr.type == .bool else {
            throw .error("\(what) needs a true/false condition, but this is \(expr.type)", at: span)
        }
    }
}
