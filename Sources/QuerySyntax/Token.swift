/// A token and the source text it came from.
public struct Token: Sendable, Hashable, CustomStringConvertible {
    /// What the token is.
    public var kind: TokenKind
    /// Where it is.
    public var span: Span

    /// Creates a token.
    public init(_ kind: TokenKind, span: Span) {
        self.kind = kind
        self.span = span
    }

    /// `line:column kind`, one token per line in `explain --stage tokens`.
    public var description: String { "\(span.start) \(kind)" }
}
