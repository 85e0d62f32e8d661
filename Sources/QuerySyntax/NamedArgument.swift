/// A `name:value` argument of a call, such as `nulls:last`.
public struct NamedArgument: Sendable, Hashable {
    /// The name before the colon.
    public var name: String
    /// Where the name is.
    public var nameSpan: Span
    /// The value after the colon.
    public var value: Expr

    /// Creates a named argument.
    public init(name: String, nameSpan: Span, value: Expr) {
        self.name = name
        self.nameSpan = nameSpan
        self.value = value
    }
}
