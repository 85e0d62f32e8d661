import Frame

/// An expression whose names are resolved and whose type is known: what the executor evaluates.
public indirect enum BoundExpr: Sendable {
    /// The input column at this position.
    case column(index: Int, name: String, type: DataType)
    /// A constant (a literal or a parameter's value).
    case constant(Value, type: DataType)
    case arithmetic(ArithmeticOperator, BoundExpr, BoundExpr, type: DataType)
    case comparison(ComparisonOperator, BoundExpr, BoundExpr)
    case and(BoundExpr, BoundExpr)
    case or(BoundExpr, BoundExpr)
    case not(BoundExpr)
    case isNull(BoundExpr)
    /// The first non-null of the operands, row by row.
    case coalesce([BoundExpr], type: DataType)
    /// The value of the first arm whose condition is true, else null.
    case caseWhen([(condition: BoundExpr, value: BoundExpr)], type: DataType)
    /// A row-by-row function.
    case call(ScalarFunction, [BoundExpr], options: FunctionOptions, type: DataType)
    /// A text assembled from literal pieces and values.
    case format([FormatPiece])
    /// An aggregate over a group: only inside `aggregate`, or over the whole relation in
    /// `derive` and `filter`, where it repeats the total on every row.
    /// Its arguments: none for `count this`, two for `corr`, one otherwise.
    case aggregate(AggregateFunction, [BoundExpr], type: DataType)
    /// A window function, such as `rank` or a rolling mean: each row's value depends on the
    /// other rows of its partition and frame.
    case window(WindowCall, type: DataType)

    /// The type of the values the expression produces.
    public var type: DataType {
        switch self {
        case .column(_, _, let type), .constant(_, let type), .arithmetic(_, _, _, let type),
            .coalesce(_, let type), .caseWhen(_, let type), .call(_, _, _, let type),
            .aggregate(_, _, let type), .window(_, let type):
            type
        case .comparison, .and, .or, .not, .isNull: .bool
        case .format: .string
        }
    }

    /// Whether the expression contains an aggregate.
    public var containsAggregate: Bool {
        switch self {
        case .aggregate: true
        case .column, .constant, .window: false
        case .arithmetic(_, let a, let b, _), .comparison(_, let a, let b), .and(let a, let b), .or(let a, let b):
            a.containsAggregate || b.containsAggregate
        case .not(let a), .isNull(let a): a.containsAggregate
        case .coalesce(let items, _): items.contains { $0.containsAggregate }
        case .caseWhen(let arms, _): arms.contains { $0.condition.containsAggregate || $0.value.containsAggregate }
        case .call(_, let args, _, _): args.contains { $0.containsAggregate }
        case .format(let pieces): pieces.contains { if case .value(let e) = $0 { e.containsAggregate } else { false } }
        }
    }
}

/// One piece of an f-string: literal text or a value to print.
public enum FormatPiece: Sendable {
    case text(String)
    case value(BoundExpr)
}

/// Named options of a function call, already evaluated to constants.
public struct FunctionOptions: Sendable {
    public var values: [String: Constant]
    public init(_ values: [String: Constant] = [:]) { self.values = values }

    /// The option as a number, or `fallback`.
    public func number(_ name: String, _ fallback: Double) -> Double {
        if case .value(let v) = values[name], let d = v.doubleValue { return d }
        return fallback
    }

    /// The option as text, or `fallback`.
    public func text(_ name: String, _ fallback: String) -> String {
        if case .value(.string(let s)) = values[name] { return s }
        return fallback
    }

    /// The option as a boolean, or `fallback`.
    public func flag(_ name: String, _ fallback: Bool) -> Bool {
        if case .value(.bool(let b)) = values[name] { return b }
        return fallback
    }
}

/// A constant argument: one value or a list of values.
public enum Constant: Sendable, Equatable, CustomStringConvertible {
    case value(Value)
    case list([Value])

    public var description: String {
        switch self {
        case .value(let v): if case .string(let s) = v { "\"\(s)\"" } else { v.description }
        case .list(let items): "[" + items.map(\.description).joined(separator: ", ") + "]"
        }
    }
}
