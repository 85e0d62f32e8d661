import Frame

/// Computes once, while planning, every expression whose operands are all constants, simplifies
/// `&&` and `||` with a constant side, and drops filters whose condition is always true.
///
/// Folding evaluates with the executor's own kernels on a one-row frame, so a folded value is
/// exactly what the row-by-row evaluation would give (null for a division by zero included).
public struct ConstantFolding: PlanRewriteRule {
    /// Creates the rule.
    public init() {}

    /// The plan with constants computed and always-true filters dropped.
    public func apply(to plan: LogicalPlan) -> LogicalPlan {
        dropTrueFilters(plan.mappingExpressions { $0.transformed(fold) })
    }

    private func fold(_ expr: BoundExpr) -> BoundExpr {
        switch expr {
        case .column, .constant, .aggregate, .window:
            return expr
        // Three-valued logic: true && x is x, false && x is false, true || x is true, false || x is x.
        case .and(.constant(.bool(let flag), _), let other), .and(let other, .constant(.bool(let flag), _)):
            return flag ? other : .constant(.bool(false), type: .bool)
        case .or(.constant(.bool(let flag), _), let other), .or(let other, .constant(.bool(let flag), _)):
            return flag ? .constant(.bool(true), type: .bool) : other
        default:
            guard expr.children.allSatisfy({ if case .constant = $0 { true } else { false } }) else { return expr }
            return evaluated(expr) ?? expr
        }
    }

    /// The expression's value as a constant, or `nil` when it cannot be computed ahead.
    private func evaluated(_ expr: BoundExpr) -> BoundExpr? {
        guard let column = try? Evaluator(frame: DataFrame(rowCount: 1), grouping: nil).evaluate(expr),
            column.count == 1
        else { return nil }
        let value = column[0]
        guard value == .null || value.dataType == expr.type else { return nil }
        return .constant(value, type: expr.type)
    }

    private func dropTrueFilters(_ plan: LogicalPlan) -> LogicalPlan {
        switch plan {
        case .filter(let input, .constant(.bool(true), _)):
            return dropTrueFilters(input)
        case .join(let left, let right, let keys, let kind, let schema):
            return .join(dropTrueFilters(left), dropTrueFilters(right), keys: keys, kind: kind, schema: schema)
        case .asOfJoin(let left, let right, let condition, let schema):
            return .asOfJoin(dropTrueFilters(left), dropTrueFilters(right), condition, schema: schema)
        case .append(let top, let bottom, let schema):
            return .append(dropTrueFilters(top), dropTrueFilters(bottom), schema: schema)
        case .scan, .reference:
            return plan
        default:
            return plan.replacingInput(dropTrueFilters(plan.input!))
        }
    }
}
