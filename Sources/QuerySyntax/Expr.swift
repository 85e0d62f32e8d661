/// An expression node of the syntax tree, with the span of source text it came from.
///
/// A parenthesised expression keeps no node of its own; its span widens to include the
/// parentheses so diagnostics underline what the user wrote.
public struct Expr: Sendable, Hashable {
    /// The kinds of expression.
    public indirect enum Kind: Sendable, Hashable {
        /// A constant.
        case literal(Literal)
        /// A name or dotted path such as `sent_count` or `this.x`; one element per part.
        case identifier([String])
        /// A function call.
        case call(Call)
        /// A prefix operator applied to an operand.
        case unary(UnaryOperator, Expr)
        /// An infix operator applied to two operands.
        case binary(BinaryOperator, Expr, Expr)
        /// `start..end`, `..end` or `start..`.
        case range(start: Expr?, end: Expr?)
        /// `{a, b = expr}`.
        case tuple([TupleField])
        /// `[1, 2, 3]`.
        case array([Expr])
        /// `case [condition => value, …]`.
        case cases([CaseArm])
        /// Stages separated by `|` or line breaks; always at least two.
        case pipeline([Expr])
        /// `f"…{expr}…"`.
        case fString([FStringPart])
    }

    /// What the expression is.
    public var kind: Kind
    /// Where it is.
    public var span: Span

    /// Creates an expression.
    public init(_ kind: Kind, span: Span) {
        self.kind = kind
        self.span = span
    }
}
