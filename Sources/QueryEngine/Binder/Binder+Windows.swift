import Frame
import QuerySyntax

extension Binder {
    /// The window functions callable in `derive` and `select`, for suggestions.
    static let windowFunctions = ["rank", "percent_rank", "cume_dist", "row_number", "ntile", "lag", "lead", "running_sum"]

    /// Binds a call to a window function, or returns nil when the callee is not one. The call
    /// looks through the whole relation in row order until a `group` or `window` around its
    /// `derive` gives it partitions, an order and a frame.
    func bindWindowCall(_ call: Call, span: Span, schema: Schema, context: ExpressionContext) throws(Diagnostic) -> BoundExpr? {
        if let statistic = try bindColumnStatistic(call, span: span, schema: schema, context: context) { return statistic }
        guard Binder.windowFunctions.contains(call.callee) else { return nil }
        guard case .row = context else {
            throw .error("'\(call.callee)' works over rows, in derive or select, not inside an aggregate", at: call.calleeSpan)
        }
        func argument(_ index: Int) throws(Diagnostic) -> BoundExpr {
            try bindExpression(call.positional[index], schema: schema, context: context)
        }
        switch call.callee {
        case "rank", "percent_rank", "cume_dist":
            guard call.positional.count == 1 else { throw .error("\(call.callee) COLUMN descending:true where:(CONDITION)", at: span) }
            let value = try argument(0)
            var options: [String: Constant] = [:]
            var eligible: BoundExpr?
            if call.callee == "rank" {
                options["ties"] = .value(.string(try namedText(call, "ties", default: "competition", allowed: RankMethod.allCases.map(\.rawValue))))
            }
            let allowed = call.callee == "rank" ? ["ties", "descending", "where"] : ["descending", "where"]
            for named in call.named {
                switch named.name {
                case "ties" where call.callee == "rank": continue
                case "descending":
                    guard case .literal(.bool(let flag)) = named.value.kind else { throw .error("descending:true or descending:false", at: named.value.span) }
                    options["descending"] = .value(.bool(flag))
                case "where":
                    let condition = try bindExpression(named.value, schema: schema, context: context)
                    try expectBoolean(condition, named.value.span, "where")
                    eligible = condition
                default:
                    throw .unknown("option of \(call.callee)", named.name, at: named.nameSpan, candidates: allowed)
                }
            }
            let function: WindowFunction = call.callee == "rank" ? .rank : (call.callee == "percent_rank" ? .percentRank : .cumulativeDistribution)
            let type: DataType = call.callee == "rank" && options["ties"] != .value(.string("average")) ? .int64 : .double
            return .window(WindowCall(function, value, eligible: eligible, options: FunctionOptions(options)), type: type)
        case "row_number":
            let bare = call.positional.isEmpty || (call.positional.count == 1 && call.positional[0].kind == .identifier(["this"]))
            guard bare, call.named.isEmpty else { throw .error("row_number this: 1, 2, 3, … in the window's order", at: span) }
            return .window(WindowCall(.rowNumber, nil), type: .int64)
        case "ntile":
            guard call.positional.count == 1, call.named.isEmpty, case .literal(.integer(let buckets)) = call.positional[0].kind, buckets > 0 else {
                throw .error("ntile N: the bucket, 1 to N, of N equal buckets in the window's order (N a whole number above 0)", at: span)
            }
            return .window(WindowCall(.ntile(buckets: Int(buckets)), nil), type: .int64)
        case "lag", "lead":
            let usage = "\(call.callee) N COLUMN default:VALUE: the value N rows \(call.callee == "lag" ? "before" : "after") in the window's order"
            guard call.positional.count == 2, case .literal(.integer(let offset)) = call.positional[0].kind, offset >= 0 else {
                throw .error(usage, at: span)
            }
            let value = try argument(1)
            var fallback = Value.null
            var type = value.type
            for named in call.named {
                guard named.name == "default" else { throw .unknown("option of \(call.callee)", named.name, at: named.nameSpan, candidates: ["default"]) }
                guard case .value(let constant)? = try constantValue(named.value) else { throw .error("default: takes a constant, such as default:0", at: named.value.span) }
                if let fallbackType = constant.dataType, fallbackType != type {
                    guard fallbackType.isNumeric && type.isNumeric else {
                        throw .error("the default is \(fallbackType), but the column is \(type)", at: named.value.span)
                    }
                    type = .double
                }
                fallback = constant
            }
            if type == .double, case .int(let whole) = fallback { fallback = .double(Double(whole)) }
            let signed = call.callee == "lag" ? Int(offset) : -Int(offset)
            return .window(WindowCall(.lag(offset: signed, default: fallback), value), type: type)
        default:  // running_sum
            guard call.positional.count == 1, call.named.isEmpty else { throw .error("running_sum COLUMN: the sum up to each row, in row order", at: span) }
            let value = try argument(0)
            guard value.type.isNumeric else {
                throw .error("'running_sum' adds numbers; this is \(value.type)", at: call.positional[0].span)
            }
            return .window(WindowCall(.aggregate(.sum), value, window: WindowSpec(frame: .expanding)), type: value.type)
        }
    }

    /// `window rows:-2..0 (derive {…})`: the derived columns look through a frame of rows, or
    /// of a range of the sort column's values.
    func bindWindowTransform(_ call: Call, input: LogicalPlan, span: Span) throws(Diagnostic) -> LogicalPlan {
        guard call.positional.count == 1 else {
            throw .error("window FRAME (derive {name = mean x, …}), with FRAME rows:-2..0, range:-89..0, expanding:true or rolling:4", at: span)
        }
        let frame = try windowFrame(call)
        let order = try rangeOrder(frame, explicit: nil, input: input, span: call.calleeSpan)
        return try bindWindowBody(call.positional[0], input: input, partition: [], order: order, frame: frame)
    }

    /// `group {k} (sort {d} | window … (derive {…}))` or `group {k} (derive {…})`: window
    /// functions and aggregates over the rows of each group, every row kept; nil when the body
    /// is no such pipeline.
    func bindGroupWindow(keys: [NamedExpr], _ body: Expr, input: LogicalPlan) throws(Diagnostic) -> LogicalPlan? {
        let stages: [Expr]
        if case .pipeline(let items) = body.kind { stages = items } else { stages = [body] }
        let calls = stages.compactMap { stage -> Call? in if case .call(let call) = stage.kind { call } else { nil } }
        guard calls.count == stages.count, calls.allSatisfy({ ["sort", "derive", "window"].contains($0.callee) }),
            calls.contains(where: { $0.callee != "sort" })
        else { return nil }
        var plan = input
        var order: [WindowOrderKey]?
        for (call, stage) in zip(calls, stages) {
            let partition = keys.map { $0.expr.reindexed(in: plan.schema) }
            switch call.callee {
            case "sort":
                order = try windowOrder(call, schema: plan.schema)
            case "derive":
                plan = try bindWindowBody(stage, input: plan, partition: partition, order: order ?? [], frame: nil)
            default:
                guard call.positional.count == 1 else {
                    throw .error("window FRAME (derive {…}), with FRAME rows:-2..0, range:-89..0, expanding:true or rolling:4", at: call.calleeSpan)
                }
                let frame = try windowFrame(call)
                let ranged = try rangeOrder(frame, explicit: order, input: plan, span: call.calleeSpan)
                plan = try bindWindowBody(call.positional[0], input: plan, partition: partition, order: ranged, frame: frame)
            }
        }
        return plan
    }

    /// The derives of a window's body, each window function and aggregate in them given the
    /// window: its partitions and order, and `frame` for the aggregates (their own otherwise).
    private func bindWindowBody(
        _ body: Expr, input: LogicalPlan, partition: [BoundExpr], order: [WindowOrderKey], frame: WindowFrame?
    ) throws(Diagnostic) -> LogicalPlan {
        let stages: [Expr]
        if case .pipeline(let items) = body.kind { stages = items } else { stages = [body] }
        var plan = input
        for stage in stages {
            guard case .call(let call) = stage.kind, call.callee == "derive" else {
                throw .error("a window holds derive {name = expression, …}", at: stage.span)
            }
            var current = plan.schema
            var items: [NamedExpr] = []
            for field in try fields(of: try single(call, "derive {name = expression, …}"), requireNames: true) {
                let bound = try bindExpression(field.expr, schema: current, context: .row)
                let windowed = try applyingWindow(bound, partition: partition.map { $0.reindexed(in: current) },
                    order: order.map { WindowOrderKey($0.expr.reindexed(in: current), descending: $0.descending, nullsFirst: $0.nullsFirst) },
                    frame: frame, span: field.span)
                items.append(NamedExpr(field.name, windowed))
                if let index = current.index(of: field.name) {
                    current.fields[index].type = windowed.type
                } else {
                    current.fields.append(.init(field.name, windowed.type))
                }
            }
            plan = .derive(plan, items, schema: current)
        }
        return plan
    }

    /// `expr` with its window functions and aggregates looking through the given window.
    private func applyingWindow(
        _ expr: BoundExpr, partition: [BoundExpr], order: [WindowOrderKey], frame: WindowFrame?, span: Span
    ) throws(Diagnostic) -> BoundExpr {
        let sliding: [AggregateFunction] = [.count, .countValid, .countTrue, .sum, .mean, .min, .max, .first, .last]
        var problem: String?
        _ = expr.contains { node in
            guard case .aggregate(let function, let arguments, _) = node else { return false }
            if arguments.count > 1 {
                problem = "'\(function.rawValue)' cannot be used over a window"
            } else if let frame, frame != .partition, !sliding.contains(function) {
                problem = "'\(function.rawValue)' cannot slide over a frame; a frame takes count, sum, mean, min, max, first or last"
            }
            return problem != nil
        }
        if let problem { throw .error(problem, at: span) }
        return expr.transformed { node in
            switch node {
            case .window(var call, let type):
                call.window.partition = partition
                call.window.order = order
                if let frame, case .aggregate = call.function { call.window.frame = frame }
                return .window(call, type: type)
            case .aggregate(let function, let arguments, let type):
                let window = WindowSpec(partition: partition, order: order, frame: frame ?? .partition)
                return .window(WindowCall(.aggregate(function), arguments.first, window: window), type: type)
            default:
                return node
            }
        }
    }

    /// The frame a `window` call names: `rows:`, `range:`, `expanding:` or `rolling:`.
    private func windowFrame(_ call: Call) throws(Diagnostic) -> WindowFrame {
        guard call.named.count <= 1 else {
            throw .error("a window takes one frame: rows:-2..0, range:-89..0, expanding:true or rolling:4", at: call.named[1].nameSpan)
        }
        guard let named = call.named.first else { return .partition }
        func offset(_ expr: Expr?) throws(Diagnostic) -> Int? {
            guard let expr else { return nil }
            switch expr.kind {
            case .literal(.integer(let n)): return Int(n)
            case .unary(.negate, let operand):
                if case .literal(.integer(let n)) = operand.kind { return -Int(n) }
            default: break
            }
            throw .error("a frame bound is a whole number: negative before the row, positive after, 0 the row itself", at: expr.span)
        }
        switch named.name {
        case "rows", "range":
            guard case .range(let start, let end) = named.value.kind else {
                throw .error("\(named.name):START..END, such as \(named.name):-2..0; leave a side open for the partition's edge (..0)", at: named.value.span)
            }
            let lower = try offset(start), upper = try offset(end)
            return named.name == "rows"
                ? .rows(lower: lower, upper: upper) : .range(lower: lower.map(Double.init), upper: upper.map(Double.init))
        case "expanding":
            guard case .literal(.bool(let flag)) = named.value.kind else { throw .error("expanding:true", at: named.value.span) }
            return flag ? .expanding : .partition
        case "rolling":
            guard case .literal(.integer(let size)) = named.value.kind, size > 0 else {
                throw .error("rolling:N, the N rows up to and including each row (N above 0)", at: named.value.span)
            }
            return .rows(lower: 1 - Int(size), upper: 0)
        default:
            throw .unknown("option of window", named.name, at: named.nameSpan, candidates: ["rows", "range", "expanding", "rolling"])
        }
    }

    /// The order keys of a `sort` inside `group`.
    private func windowOrder(_ call: Call, schema: Schema) throws(Diagnostic) -> [WindowOrderKey] {
        let nullsFirst = try namedText(call, "nulls", default: "last", allowed: ["first", "last"]) == "first"
        var keys: [WindowOrderKey] = []
        for field in try fields(of: try single(call, "sort {column, -column, …}"), requireNames: false) {
            var expr = field.expr
            var descending = false
            if case .unary(.negate, let operand) = expr.kind {
                descending = true
                expr = operand
            }
            let name = try columnName(expr, in: schema)
            let index = schema.index(of: name)!
            keys.append(WindowOrderKey(.column(index: index, name: name, type: schema.fields[index].type), descending: descending, nullsFirst: nullsFirst))
        }
        return keys
    }

    /// The order a frame measures: for a range, the one sort key of the group's `sort` or, failing
    /// that, of the sort the relation is in; otherwise `explicit`, or row order.
    private func rangeOrder(_ frame: WindowFrame, explicit: [WindowOrderKey]?, input: LogicalPlan, span: Span) throws(Diagnostic) -> [WindowOrderKey] {
        guard case .range = frame else { return explicit ?? [] }
        let schema = input.schema
        let keys = explicit ?? Binder.sortInEffect(input).map { keys in
            keys.map { key in
                let index = schema.index(of: key.column)!
                return WindowOrderKey(.column(index: index, name: key.column, type: schema.fields[index].type), descending: key.descending, nullsFirst: key.nullsFirst)
            }
        }
        guard let keys, keys.count == 1, [.int64, .double, .date].contains(keys[0].expr.type) else {
            throw .error("a range frame measures one sort column: sort the rows by one number or date column first, such as sort {issued_on}", at: span)
        }
        return keys
    }

    /// The keys of the sort the plan's rows are still in, when its columns are still there.
    static func sortInEffect(_ plan: LogicalPlan) -> [SortKey]? {
        switch plan {
        case .sort(_, let keys): return keys
        case .filter(let input, _), .take(let input, _, _): return sortInEffect(input)
        case .derive(let input, _, let schema), .select(let input, _, let schema):
            guard let keys = sortInEffect(input), keys.allSatisfy({ schema.index(of: $0.column) != nil }) else { return nil }
            return keys
        default: return nil
        }
    }
}
