/// A top-level statement of a query file.
public enum Statement: Sendable, Hashable {
    /// `let NAME = EXPR`: a parameter or a named pipeline.
    case `let`(name: String, value: Expr, span: Span)
    /// `export NAME to CALL`: send a named result to an output.
    case export(name: String, target: Expr, span: Span)
    /// `include "FILE"`: the definitions of another query file, found relative to this one.
    case include(path: String, span: Span)
    /// Any other statement, such as `report title:"…"`; the engine decides what it means.
    case expression(Expr)

    /// Where the whole statement is.
    public var span: Span {
        switch self {
        case .let(_, _, let span), .export(_, _, let span), .include(_, let span): span
        case .expression(let expr): expr.span
        }
    }
}
