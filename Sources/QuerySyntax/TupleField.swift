/// One field of a tuple: `rate` or `rate = answered / sent`.
public struct TupleField: Sendable, Hashable {
    /// The name given with `name = …`, if any.
    public var alias: String?
    /// Where the alias is, if there is one.
    public var aliasSpan: Span?
    /// The field's expression.
    public var value: Expr

    /// Creates a tuple field.
    public init(alias: String? = nil, aliasSpan: Span? = nil, value: Expr) {
        self.alias = alias
        self.aliasSpan = aliasSpan
        self.value = value
    }
}
