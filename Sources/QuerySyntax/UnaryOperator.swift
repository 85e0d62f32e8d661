/// A prefix operator.
public enum UnaryOperator: String, Sendable, Hashable {
    /// `-x`.
    case negate = "-"
    /// `+x`.
    case plus = "+"
    /// `!x`.
    case not = "!"
    /// `==key`, shorthand in join conditions for "equal on both sides".
    case equalSelf = "=="

    init?(_ symbol: Symbol) {
        self.init(rawValue: symbol.rawValue)
    }
}
