import Frame
import QuerySyntax

extension Binder {
    /// The statistics that read every row's counts, for suggestions.
    static let columnStatistics = ["shrunken_rate", "funnel_low", "funnel_high"]

    /// Binds `shrunken_rate` or a funnel limit, or returns nil for any other callee.
    ///
    /// They need the whole column (the prior's moments, the overall rate), so they are bound as
    /// a row function over aggregates: in a `derive` those aggregates cover the table, and inside
    /// `group {…} (derive …)` each group, exactly as a plain `sum` would.
    func bindColumnStatistic(_ call: Call, span: Span, schema: Schema, context: ExpressionContext) throws(Diagnostic) -> BoundExpr? {
        guard Binder.columnStatistics.contains(call.callee) else { return nil }
        guard case .row = context else {
            throw .error("'\(call.callee)' reads every row's counts: use it in derive or select, not inside an aggregate", at: call.calleeSpan)
        }
        func count(_ expr: Expr) throws(Diagnostic) -> BoundExpr {
            let bound = try bindExpression(expr, schema: schema, context: .aggregateArgument)
            guard bound.type.isNumeric else { throw .error("'\(call.callee)' counts with numbers; this is \(bound.type)", at: expr.span) }
            return bound
        }
        func ratio(_ a: BoundExpr, _ b: BoundExpr) -> BoundExpr { .arithmetic(.divide, a, b, type: .double) }
        if call.callee == "shrunken_rate" {
            guard call.positional.count == 2 else { throw .error("shrunken_rate SUCCESSES TRIALS: each row's rate shrunk towards the table's (or group's)", at: span) }
            if let named = call.named.first { throw .unknown("option of shrunken_rate", named.name, at: named.nameSpan, candidates: []) }
            let successes = try count(call.positional[0]), trials = try count(call.positional[1])
            let rate = ratio(successes, trials)
            let moments = [BoundExpr.aggregate(.mean, [rate], type: .double), .aggregate(.variance, [rate], type: .double)]
            return .call(FunctionRegistry.shrinkage, [successes, trials] + moments, options: FunctionOptions(), type: .double)
        }
        let usage = "\(call.callee) SUCCESSES TRIALS (the target is Σ successes / Σ trials) or \(call.callee) TRIALS p:TARGET; level:0.95 method:\"normal\""
        let function = FunctionRegistry.funnelLimit(upper: call.callee == "funnel_high")
        var options = function.options
        var target: BoundExpr?
        for named in call.named {
            switch named.name {
            case "p":
                let bound = try bindExpression(named.value, schema: schema, context: context)
                guard bound.type.isNumeric else { throw .error("p: the target rate, a number from 0 to 1; this is \(bound.type)", at: named.value.span) }
                target = bound
            case "level":
                guard case .value(let value)? = try constantValue(named.value), let level = value.doubleValue, level > 0, level < 1 else {
                    throw .error("level: the coverage, strictly between 0 and 1, such as level:0.95 or level:0.998", at: named.value.span)
                }
                options["level"] = .value(.double(level))
            case "method":
                options["method"] = .value(.string(try namedText(call, "method", default: "normal", allowed: ["normal", "exact"])))
            default:
                throw .unknown("option of \(call.callee)", named.name, at: named.nameSpan, candidates: ["p", "level", "method"])
            }
        }
        let trials: BoundExpr
        switch (call.positional.count, target) {
        case (2, nil):
            let successes = try count(call.positional[0])
            trials = try count(call.positional[1])
            target = ratio(.aggregate(.sum, [successes], type: successes.type), .aggregate(.sum, [trials], type: trials.type))
        case (1, .some):
            trials = try count(call.positional[0])
        default:
            throw .error(usage, at: span)
        }
        return .call(function, [trials, target!], options: FunctionOptions(options), type: .double)
    }
}
