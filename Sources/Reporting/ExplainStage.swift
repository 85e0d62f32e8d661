/// The stages of compiling a query that `explain` can show.
public enum ExplainStage: String, CaseIterable, Sendable {
    /// The tokens the lexer reads, one per line.
    case tokens
    /// The syntax tree, one statement per line.
    case ast
    /// Each relation's logical plan as bound.
    case plan
    /// Each relation's logical plan after the optimizer.
    case optimized
}
