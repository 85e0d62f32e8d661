extension Statement: CustomStringConvertible {
    /// `(let NAME EXPR)`, `(export NAME EXPR)`, `(include "FILE")`, or the expression itself.
    public var description: String {
        switch self {
        case .let(let name, let value, _): "(let \(name.quotedAsNameIfNeeded) \(value))"
        case .export(let name, let target, _): "(export \(name.quotedAsNameIfNeeded) \(target))"
        case .include(let path, _): "(include \(path.quotedForDisplay))"
        case .expression(let expr): expr.description
        }
    }
}
