/// One part of an f-string expression.
public enum FStringPart: Sendable, Hashable {
    /// Literal text.
    case text(String)
    /// An embedded `{expression}`.
    case expression(Expr)
}
