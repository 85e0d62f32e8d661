/// One rewrite of a compiled query's plans that keeps every result the same, row for row.
public protocol OptimizerRule: Sendable {
    /// The query with its plans rewritten.
    func apply(to query: CompiledQuery) -> CompiledQuery
}
