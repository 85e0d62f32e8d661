import Frame
import QuerySyntax

extension Binder {
    /// Binds an aggregate other than `count`: its arguments, each a row expression, and its
    /// options (`quantile x p:0.9`, `string_agg name sep:", "`).
    func bindAggregateCall(
        _ call: Call, _ named: AggregateFunction, span: Span, schema: Schema
    ) throws(Diagnostic) -> BoundExpr {
        let usage = switch named {
        case .quantile: "quantile COLUMN p:0.9"
        case .joined: "string_agg COLUMN sep:\", \""
        case .correlation: "corr COLUMN OTHER_COLUMN"
        default: "\(call.callee) COLUMN"
        }
        guard call.positional.count == named.argumentCount else {
            throw .error("'\(call.callee)' takes \(named.argumentCount == 1 ? "one argument" : "two arguments"): \(usage)", at: span)
        }
        var function = named
        for option in call.named {
            switch (named, option.name) {
            case (.quantile, "p"):
                guard case .value(let value)? = try constantValue(option.value), let p = value.doubleValue, (0...1).contains(p) else {
                    throw .error("p: a probability between 0 and 1, such as p:0.9", at: option.value.span)
                }
                function = .quantile(p)
            case (.joined, "sep"):
                guard case .literal(.string(let separator)) = option.value.kind else {
                    throw .error("sep: the text between values, in quotes, such as sep:\", \"", at: option.value.span)
                }
                function = .joined(separator: separator)
            default:
                let options = if case .quantile = named { ["p"] } else if case .joined = named { ["sep"] } else { [String]() }
                throw .unknown("option of \(call.callee)", option.name, at: option.nameSpan, candidates: options)
            }
        }
        if case .quantile = named, !call.named.contains(where: { $0.name == "p" }) {
            throw .error("quantile needs its probability: \(usage)", at: span)
        }
        var arguments: [BoundExpr] = []
        var type = DataType.int64
        for argument in call.positional {
            let bound = try bindExpression(argument, schema: schema, context: .aggregateArgument)
            guard let result = function.resultType(for: bound.type) else {
                throw .error("'\(call.callee)' does not apply to \(bound.type)", at: argument.span,
                    help: ["usage: \(usage)"])
            }
            arguments.append(bound)
            type = result
        }
        return .aggregate(function, arguments, type: type)
    }
}
