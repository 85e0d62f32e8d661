/// One `condition => value` arm of a `case [...]` expression.
public struct CaseArm: Sendable, Hashable {
    /// The condition tested.
    public var condition: Expr
    /// The value when the condition holds.
    public var value: Expr

    /// Creates a case arm.
    public init(condition: Expr, value: Expr) {
        self.condition = condition
        self.value = value
    }
}
