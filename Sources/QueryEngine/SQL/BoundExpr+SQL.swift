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
        case .aggregate(let function, let argument, _):
            let window = grouped ? "" : " OVER ()"
            let call = try BoundExpr.aggregate(function, try argument.map(operand), argument?.type) + window
            // DuckDB's count_if gives null over no rows; a count is 0.
            return function == .countTrue ? "coalesce(\(call), 0)" : call
        case .window(.rank, let argument, let eligible, let options, _):
            return try BoundExpr.rank(try operand(argument), eligible: try eligible.map(operand), options: options)
        case .window(.runningSum, let argument, _, _, _):
            return "sum(\(try operand(argument))) OVER (ORDER BY __row ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)"
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

    private static func aggregate(_ function: AggregateFunction, _ argument: String?, _ type: DataType?) throws(SQLEmissionError) -> String {
        let x = argument ?? "*"
        switch function {
        case .count: return "count(*)"
        case .countValid: return "count(\(x))"
        case .countTrue: return "count_if(\(x))"
        case .sum: return type == .bool ? "sum(CAST(\(x) AS BIGINT))" : "sum(\(x))"
        case .mean: return "avg(\(x))"
        case .min: return "min(\(x))"
        case .max: return "max(\(x))"
        case .median: return "quantile_cont(\(x), 0.5)"
        }
    }

    /// A rank that never ranks nulls or rows outside `where`: the ranked rows form their own
    /// partition, and the others get null.
    private static func rank(_ x: String, eligible: String?, options: FunctionOptions) throws(SQLEmissionError) -> String {
        let ranked = "(\(x) IS NOT NULL" + (eligible.map { " AND coalesce(\($0), false)" } ?? "") + ")"
        let direction = options.flag("descending", false) ? " DESC" : ""
        let window = "OVER (PARTITION BY \(ranked) ORDER BY \(x)\(direction))"
        let tied = "count(*) OVER (PARTITION BY \(ranked), \(x))"
        let value: String
        switch RankMethod(rawValue: options.text("ties", "competition")) ?? .competition {
        case .competition: value = "rank() \(window)"
        case .dense: value = "dense_rank() \(window)"
        case .ordinal: value = "row_number() OVER (PARTITION BY \(ranked) ORDER BY \(x)\(direction), __row)"
        case .max: value = "(rank() \(window) + \(tied) - 1)"
        case .average: value = "(rank() \(window) + (\(tied) - 1) / 2.0)"
        }
        return "CASE WHEN \(ranked) THEN \(value) END"
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
