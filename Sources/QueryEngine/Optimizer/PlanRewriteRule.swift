/// An optimizer rule that rewrites each relation's plan on its own.
public protocol PlanRewriteRule: OptimizerRule {
    /// The rewritten plan of one relation.
    func apply(to plan: LogicalPlan) -> LogicalPlan
}

extension PlanRewriteRule {
    /// Every relation's plan rewritten on its own.
    public func apply(to query: CompiledQuery) -> CompiledQuery {
        var rewritten = query
        rewritten.relations = query.relations.map { ($0.name, apply(to: $0.plan)) }
        return rewritten
    }
}
