import Frame

extension BoundExpr {
    /// The expression as DuckDB SQL, with the engine's semantics spelled out where DuckDB's
    /// defaults differ.
    ///
    /// `grouped` is true inside `aggregate`, where aggregates reduce each group; elsewhere an
    /// aggregate is taken over the whole relation (`OVER ()`). Rank ties in row order use the
    /// relation's hidden `__row` column.
    func sql(grouped: Bool) throws(SQLEmissionError) -> String {
        func operand(_ expr: BoundExpr) throws(SQLEmissionError) -> String { try expr.sql(grouped: grouped) }
        switch self {
        case .column(_, let name, _):
            return SQLText.identifier(name)
        case .constant(let value, let type):
            return SQLText.literal(value, type: type)
        case .arithmetic(let op, let a, let b, let type):
            return try BoundExpr.arithmetic(op, try operand(a), try operand(b), a.type, b.type, result: type)
        case .comparison(let op, let a, let b):
            let symbol = switch op {
            case .equal: "="
            case .notEqual: "<>"
            default: op.rawValue
            }
            return "(\(try operand(a)) \(symbol) \(try operand(b)))"
        case .and(let a, let b):
            return "(\(try operand(a)) AND \(try operand(b)))"
        case .or(let a, let b):
            return "(\(try operand(a)) OR \(try operand(b)))"
        case .not(let a):
            return "(NOT \(try operand(a)))"
        case .isNull(let a):
            return "(\(try operand(a)) IS NULL)"
        case .coalesce(let items, _):
            var parts: [String] = []
            for item in items { parts.append(try operand(item)) }
            return "coalesce(\(parts.joined(separator: ", ")))"
        case .caseWhen(let arms, _):
            var text = "CASE"
            for arm in arms { text += " WHEN \(try operand(arm.condition)) THEN \(try operand(arm.value))" }
            return text + " END"
        case .call(let function, let args, let options, _):
            var parts: [String] = []
            for arg in args { parts.append(try operand(arg)) }
            return try function.sql(parts, types: args.map(\.type), options: options)
        case .format(let pieces):
            var parts: [String] = []
            for piece in pieces {
                switch piece {
                case .text(let text): parts.append(SQLText.string(text))
                case .value(let expr): parts.append(BoundExpr.display(try operand(expr), expr.type))
                }
            }
            return "concat(\(parts.joined(separator: ", ")))"
        case .aggregate(let function, let arguments, _):
            let window = grouped ? "" : " OVER ()"
            var operands: [String] = []
            for argument in arguments { operands.append(try operand(argument)) }
            let call = BoundExpr.aggregate(function, operands, arguments.first?.type) + window
            // A correlation of a constant is NaN in DuckDB; the engine gives null.
            if function == .correlation { return "(CASE WHEN isfinite(\(call)) THEN \(call) END)" }
            // DuckDB's count_if gives null over no rows; a count is 0.
            return function == .countTrue ? "coalesce(\(call), 0)" : call
        case .window(let call, let type):
            return try call.sql(type: type)
        }
    }

    private static func arithmetic(
        _ op: ArithmeticOperator, _ a: String, _ b: String, _ left: DataType, _ right: DataType, result: DataType
    ) throws(SQLEmissionError) -> String {
        switch op {
        case .add, .subtract:
            // DuckDB adds days to a date only as INTEGER.
            if left == .date && right == .int64 { return "(\(a) \(op.rawValue) CAST(\(b) AS INTEGER))" }
            if left == .int64 && right == .date { return "(CAST(\(a) AS INTEGER) + \(b))" }
            return "(\(a) \(op.rawValue) \(b))"
        case .multiply:
            return "(\(a) * \(b))"
        // Division by zero gives null, not an infinity or an error.
        case .divide:
            return "(\(a) / NULLIF(\(b), 0))"
        case .integerDivide:
            // DuckDB's `//` truncates integers but divides doubles exactly; ours truncates both.
            return result == .int64 ? "(\(a) // NULLIF(\(b), 0))" : "trunc(\(a) / NULLIF(\(b), 0))"
        case .remainder:
            return "(\(a) % NULLIF(\(b), 0))"
        case .power:
            // An infinite or undefined power is null, as every non-finite result is.
            let power = "pow(\(a), \(b))"
            return "(CASE WHEN isfinite(\(power)) THEN \(power) END)"
        }
    }

    /// The aggregate call; `first`, `last` and `string_agg` follow the relation's row order.
    static func aggregate(_ function: AggregateFunction, _ arguments: [String], _ type: DataType?) -> String {
        let x = arguments.first ?? "*"
        switch function {
        case .count: return "count(*)"
        case .countValid: return "count(\(x))"
        case .countTrue: return "count_if(\(x))"
        case .sum: return type == .bool ? "sum(CAST(\(x) AS BIGINT))" : "sum(\(x))"
        case .mean: return "avg(\(x))"
        case .min: return "min(\(x))"
        case .max: return "max(\(x))"
        case .median: return "quantile_cont(\(x), 0.5)"
        case .countDistinct: return "count(DISTINCT \(x))"
        case .quantile(let p): return "quantile_cont(\(x), \(p))"
        case .variance: return "var_samp(\(x))"
        case .standardDeviation: return "stddev_samp(\(x))"
        case .first: return "any_value(\(x) ORDER BY __row)"
        case .last: return "any_value(\(x) ORDER BY __row DESC)"
        case .any: return "bool_or(\(x))"
        case .all: return "bool_and(\(x))"
        case .joined(let separator): return "string_agg(\(x), \(SQLText.string(separator)) ORDER BY __row)"
        case .correlation: return "corr(\(x), \(arguments[1]))"
        }
    }

    /// How a value reads inside an f-string: whole doubles without a fraction, null as nothing.
    private static func display(_ x: String, _ type: DataType) -> String {
        switch type {
        case .double:
            return "coalesce(CASE WHEN \(x) = round(\(x)) AND abs(\(x)) < 1e15 THEN CAST(CAST(\(x) AS BIGINT) AS VARCHAR) ELSE CAST(\(x) AS VARCHAR) END, '')"
        default:
            return "coalesce(CAST(\(x) AS VARCHAR), '')"
        }
    }
}
