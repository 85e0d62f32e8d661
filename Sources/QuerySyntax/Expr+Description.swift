extension Expr: CustomStringConvertible {
    /// A deterministic s-expression rendering, used by `explain --stage ast` and golden tests.
    ///
    /// Leaves print as written (`sent_count`, `56`, `"x"`, `@2022-07-14`); every other node is
    /// `(head operands…)`:
    ///
    ///     sum x + 1                 (call sum (+ x 1))
    ///     sort {-rate} nulls:last   (call sort (tuple (- rate)) nulls:last)
    ///     {n = count this}          (tuple n=(call count this))
    ///     take 1..20                (call take (range 1 20))
    ///     from a | take 3           (pipeline (call from a) (call take 3))
    ///
    /// Ranges print a missing bound as `_`; a call prints positional arguments before named
    /// ones; f-strings print their text parts as strings: `(fstring n " rows")`.
    public var description: String {
        switch kind {
        case .literal(let literal):
            return literal.description
        case .identifier(let parts):
            return parts.map(\.quotedAsNameIfNeeded).joined(separator: ".")
        case .call(let call):
            let arguments =
                call.positional.map(\.description)
                + call.named.map { "\($0.name):\($0.value)" }
            return list(["call", call.callee] + arguments)
        case .unary(let op, let operand):
            return list([op.rawValue, operand.description])
        case .binary(let op, let left, let right):
            return list([op.rawValue, left.description, right.description])
        case .range(let start, let end):
            return list(["range", start?.description ?? "_", end?.description ?? "_"])
        case .tuple(let fields):
            let items = fields.map { field in
                (field.alias.map { $0.quotedAsNameIfNeeded + "=" } ?? "") + field.value.description
            }
            return list(["tuple"] + items)
        case .array(let elements):
            return list(["array"] + elements.map(\.description))
        case .cases(let arms):
            return list(["case"] + arms.map { list(["=>", "\($0.condition)", "\($0.value)"]) })
        case .pipeline(let stages):
            return list(["pipeline"] + stages.map(\.description))
        case .fString(let parts):
            let items = parts.map { part in
                switch part {
                case .text(let text): text.quotedForDisplay
                case .expression(let expr): expr.description
                }
            }
            return list(["fstring"] + items)
        }
    }

    private func list(_ items: [String]) -> String {
        "(" + items.joined(separator: " ") + ")"
    }
}
