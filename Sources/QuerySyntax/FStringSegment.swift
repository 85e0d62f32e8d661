/// One piece of an f-string token: literal text or the tokens of an embedded expression.
public enum FStringSegment: Sendable, Hashable {
    /// Text with escapes already resolved.
    case text(String)
    /// The tokens between `{` and `}`, followed by an `.end` token that spans the `}`.
    case code([Token])
}
