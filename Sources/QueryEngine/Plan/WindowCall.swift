import Frame

/// A window function call: what it computes, from which operands, over which window.
public struct WindowCall: Sendable {
    public var function: WindowFunction
    /// The value the function reads: the ranked value, the shifted or aggregated column; nil for
    /// `row_number`, `ntile` and `count this`.
    public var argument: BoundExpr?
    /// For the ranks: the rows that may be ranked (`where:`); the others get no rank.
    public var eligible: BoundExpr?
    public var options: FunctionOptions
    public var window: WindowSpec

    public init(_ function: WindowFunction, _ argument: BoundExpr?, eligible: BoundExpr? = nil, options: FunctionOptions = FunctionOptions(), window: WindowSpec = .whole) {
        self.function = function
        self.argument = argument
        self.eligible = eligible
        self.options = options
        self.window = window
    }

    /// The expressions the call reads, in a fixed order: argument, eligibility, partition
    /// keys, order keys.
    var operands: [BoundExpr] {
        [argument, eligible].compactMap { $0 } + window.partition + window.order.map(\.expr)
    }

    /// The call with its operands replaced, in the order `operands` lists them.
    func replacingOperands(_ new: [BoundExpr]) -> WindowCall {
        var rest = new[...]
        var call = self
        if argument != nil { call.argument = rest.popFirst() }
        if eligible != nil { call.eligible = rest.popFirst() }
        call.window.partition = Array(rest.prefix(window.partition.count))
        rest = rest.dropFirst(window.partition.count)
        call.window.order = zip(window.order, rest).map { WindowOrderKey($1, descending: $0.descending, nullsFirst: $0.nullsFirst) }
        return call
    }
}

/// Functions that give each row a value from the other rows of its window.
public enum WindowFunction: Sendable, Equatable {
    /// The rank of the argument's value (`ties:`, `descending:`, `where:` in the options).
    case rank
    /// (rank − 1) / (ranked rows − 1), as SQL's `PERCENT_RANK`.
    case percentRank
    /// The share of ranked rows at or before the row's value, as SQL's `CUME_DIST`.
    case cumulativeDistribution
    /// 1, 2, 3, … in the window's order.
    case rowNumber
    /// The bucket, 1 to `buckets`, of equal-sized buckets in the window's order.
    case ntile(buckets: Int)
    /// The argument `offset` rows before (after, when negative) in the window's order, or `default`.
    case lag(offset: Int, default: Value)
    /// An aggregate over each row's frame.
    case aggregate(AggregateFunction)

    /// The name a query uses.
    public var name: String {
        switch self {
        case .rank: "rank"
        case .percentRank: "percent_rank"
        case .cumulativeDistribution: "cume_dist"
        case .rowNumber: "row_number"
        case .ntile: "ntile"
        case .lag(let offset, _): offset < 0 ? "lead" : "lag"
        case .aggregate(let function): function.rawValue
        }
    }
}

/// The partitions, order and frame a window function looks through.
public struct WindowSpec: Sendable {
    /// Rows with equal keys form a partition; no keys, one partition of every row.
    public var partition: [BoundExpr]
    /// The order within each partition; row order breaks ties, and no keys is row order.
    public var order: [WindowOrderKey]
    public var frame: WindowFrame

    public init(partition: [BoundExpr] = [], order: [WindowOrderKey] = [], frame: WindowFrame = .partition) {
        self.partition = partition
        self.order = order
        self.frame = frame
    }

    /// The whole relation in row order, every row in every frame.
    public static let whole = WindowSpec()
}

/// One key of a window's order: an expression, a direction and where its nulls go.
public struct WindowOrderKey: Sendable {
    public var expr: BoundExpr
    public var descending: Bool
    public var nullsFirst: Bool

    public init(_ expr: BoundExpr, descending: Bool = false, nullsFirst: Bool = false) {
        self.expr = expr
        self.descending = descending
        self.nullsFirst = nullsFirst
    }
}
