/// An infix operator, with PRQL's precedence.
public enum BinaryOperator: String, Sendable, Hashable {
    case power = "**"
    case multiply = "*"
    case divide = "/"
    case floorDivide = "//"
    case modulo = "%"
    case add = "+"
    case subtract = "-"
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case coalesce = "??"
    case and = "&&"
    case or = "||"

    init?(_ symbol: Symbol) {
        self.init(rawValue: symbol.rawValue)
    }

    /// Binding strength: higher binds tighter. Range (`..`) and the prefix operators bind
    /// tighter than all of these; function calls bind looser.
    var precedence: Int {
        switch self {
        case .power: 7
        case .multiply, .divide, .floorDivide, .modulo: 6
        case .add, .subtract: 5
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: 4
        case .coalesce: 3
        case .and: 2
        case .or: 1
        }
    }

    /// `a ** b ** c` is `a ** (b ** c)`; every other operator groups to the left.
    var isRightAssociative: Bool { self == .power }
}
