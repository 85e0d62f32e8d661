import Frame
import QuerySyntax

extension BoundExpr: CustomStringConvertible {
    /// A deterministic rendering for `explain`: columns as `name#position` (the position the
    /// binder resolved), constants as written in a query, operators infix in parentheses and
    /// functions as `name(arguments, option:value)`.
    public var description: String {
        switch self {
        case .column(let index, let name, _):
            return "\(name.quotedAsNameIfNeeded)#\(index)"
        case .constant(let value, _):
            return BoundExpr.literal(value)
        case .arithmetic(let op, let a, let b, _):
            return "(\(a) \(op.rawValue) \(b))"
        case .comparison(let op, let a, let b):
            return "(\(a) \(op.rawValue) \(b))"
        case .and(let a, let b):
            return "(\(a) && \(b))"
        case .or(let a, let b):
            return "(\(a) || \(b))"
        case .not(let a):
            return "!\(a)"
        case .isNull(let a):
            return "(\(a) == null)"
        case .coalesce(let items, _):
            return "coalesce(" + items.map(\.description).joined(separator: ", ") + ")"
        case .caseWhen(let arms, _):
            return "case [" + arms.map { "\($0.condition) => \($0.value)" }.joined(separator: ", ") + "]"
        case .call(let function, let args, let options, _):
            return BoundExpr.call(function.name, args.map(\.description), options)
        case .format(let pieces):
            let body = pieces.map { piece in
                switch piece {
                case .text(let text): String(text.quotedForDisplay.dropFirst().dropLast())
                case .value(let expr): "{\(expr)}"
                }
            }
            return "f\"" + body.joined() + "\""
        case .aggregate(let function, let arguments, _):
            return "\(function.rawValue)(\(arguments.isEmpty ? "*" : arguments.map(\.description).joined(separator: ", ")))"
        case .window(let call, _):
            return call.description
        }
    }

    /// A value as a query would write it.
    static func literal(_ value: Value) -> String {
        switch value {
        case .string(let text): text.quotedForDisplay
        case .date(let day): "@\(day)"
        default: value.description
        }
    }

    private static func call(_ name: String, _ arguments: [String], _ options: FunctionOptions) -> String {
        let named = options.values.keys.sorted().map { "\($0):\(options.values[$0]!)" }
        return name + "(" + (arguments + named).joined(separator: ", ") + ")"
    }
}

extension NamedExpr: CustomStringConvertible {
    /// `name: type = expression`.
    public var description: String { "\(name.quotedAsNameIfNeeded): \(expr.type) = \(expr)" }
}
