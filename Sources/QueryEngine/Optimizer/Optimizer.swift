/// Rewrites the plans of a compiled query so they read and compute less, with the same results.
public struct Optimizer: Sendable {
    /// The rules, applied in order.
    public var rules: [any OptimizerRule]

    /// An optimizer with the given rules, the standard ones by default.
    public init(rules: [any OptimizerRule] = Optimizer.standardRules) { self.rules = rules }

    /// The standard rules, in the order they must run.
    public static let standardRules: [any OptimizerRule] = [
        // First, so pushdown sees simplified predicates and drops filters that fold to true.
        ConstantFolding(),
        // Before pruning: pruning computes each scan's columns from where the filters finally sit.
        FilterPushdown(),
        // Last: it rebuilds every schema and renumbers every column, which the rules above
        // would otherwise have to keep consistent.
        ProjectionPruning(),
    ]

    /// The query with its plans rewritten by every rule, in order.
    public func optimize(_ query: CompiledQuery) -> CompiledQuery {
        rules.reduce(query) { $1.apply(to: $0) }
    }
}
