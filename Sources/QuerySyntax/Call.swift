/// A function call written by juxtaposition: `round 2 x`, `sort {-rate} nulls:last`.
public struct Call: Sendable, Hashable {
    /// The function's name; a dotted path such as `std.sum` is joined with dots.
    public var callee: String
    /// Where the name is.
    public var calleeSpan: Span
    /// Arguments without a name, in order.
    public var positional: [Expr]
    /// Arguments written `name:value`, in order.
    public var named: [NamedArgument]

    /// Creates a call.
    public init(callee: String, calleeSpan: Span, positional: [Expr], named: [NamedArgument]) {
        self.callee = callee
        self.calleeSpan = calleeSpan
        self.positional = positional
        self.named = named
    }
}
