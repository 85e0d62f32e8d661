/// A punctuation or operator token; the raw value is its spelling.
public enum Symbol: String, Sendable, Hashable, CaseIterable {
    case leftParen = "("
    case rightParen = ")"
    case leftBrace = "{"
    case rightBrace = "}"
    case leftBracket = "["
    case rightBracket = "]"
    case comma = ","
    case colon = ":"
    case assign = "="
    case arrow = "=>"
    case dot = "."
    case range = ".."
    case pipe = "|"
    case or = "||"
    case and = "&&"
    case coalesce = "??"
    case plus = "+"
    case minus = "-"
    case star = "*"
    case slash = "/"
    case floorSlash = "//"
    case percent = "%"
    case power = "**"
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case bang = "!"

    /// Whether the symbol is both a prefix and an infix operator (`-x` and `a - b`), so its
    /// meaning depends on the spaces around it inside call arguments.
    var isPrefixOrInfix: Bool {
        switch self {
        case .minus, .plus, .equal, .range: true
        default: false
        }
    }
}
