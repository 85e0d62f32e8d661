import Frame

/// A relational plan over bound expressions: what a pipeline means, before it runs.
public indirect enum LogicalPlan: Sendable {
    /// Reads a data file; `columns` lists the ones the rest of the plan uses.
    case scan(Source, columns: [String], schema: Schema)
    /// The result of an earlier `let`.
    case reference(name: String, schema: Schema)
    case filter(LogicalPlan, predicate: BoundExpr)
    /// Adds columns, or replaces those of the same name in place.
    case derive(LogicalPlan, [NamedExpr], schema: Schema)
    /// Keeps only these columns, computed from the input.
    case select(LogicalPlan, [NamedExpr], schema: Schema)
    /// One row per distinct key, with aggregate values.
    case aggregate(LogicalPlan, keys: [NamedExpr], values: [NamedExpr], schema: Schema)
    case sort(LogicalPlan, [SortKey])
    /// Rows `offset ..< offset + count` (to the end when `count` is nil).
    case take(LogicalPlan, offset: Int, count: Int?)
    case join(LogicalPlan, LogicalPlan, keys: [(left: String, right: String)], kind: JoinKind, schema: Schema)
    /// Each left row with at most one right row: the closest in key, as `DataFrame.joinedAsOf`.
    case asOfJoin(LogicalPlan, LogicalPlan, AsOfCondition, schema: Schema)
    /// The rows of the first plan, then those of the second, columns matched by name: the
    /// first's columns, then the second's others; a column one side lacks is null there.
    case append(LogicalPlan, LogicalPlan, schema: Schema)
    /// Adds a row for every quarter missing between the first and last of a date column; the
    /// `zero` columns (every numeric column when `nil`) get 0 there, the others null.
    case fillQuarters(LogicalPlan, column: String, zero: [String]?)
    /// Adds a row for every listed value missing from a column, filled as `fillQuarters` does,
    /// then orders the listed values first, in list order.
    case complete(LogicalPlan, column: String, values: [Value], zero: [String]?)
    /// The Kaplan–Meier estimate of time to an event, from a duration and an event flag per
    /// row (rows without the event are censored at their duration): the table, or its median.
    case survival(LogicalPlan, duration: BoundExpr, event: BoundExpr, options: SurvivalOptions)

    /// The schema of the rows the plan produces.
    public var schema: Schema {
        switch self {
        case .scan(_, _, let schema), .reference(_, let schema), .derive(_, _, let schema),
            .select(_, _, let schema), .aggregate(_, _, _, let schema), .join(_, _, _, _, let schema),
            .asOfJoin(_, _, _, let schema), .append(_, _, let schema):
            schema
        case .filter(let input, _), .sort(let input, _), .take(let input, _, _), .fillQuarters(let input, _, _),
            .complete(let input, _, _, _):
            input.schema
        case .survival(_, _, _, let options):
            options.schema
        }
    }
}

/// An expression with the name of the column it produces.
public struct NamedExpr: Sendable {
    public var name: String
    public var expr: BoundExpr
    public init(_ name: String, _ expr: BoundExpr) {
        self.name = name
        self.expr = expr
    }
}
