import Frame
import QuerySyntax

extension Binder {
    /// `distinct` keeps the first of each set of equal rows; `distinct {a, b}` keeps only those
    /// columns, one row per distinct combination (SQL's `SELECT DISTINCT a, b`). Rows come in
    /// order of first appearance, and nulls equal each other.
    func bindDistinct(_ call: Call, input: LogicalPlan) throws(Diagnostic) -> LogicalPlan {
        if let option = call.named.first { throw .unknown("option of distinct", option.name, at: option.nameSpan, candidates: []) }
        var names = input.schema.names
        if !call.positional.isEmpty {
            names = []
            for field in try fields(of: try single(call, "distinct, or distinct {column, …}"), requireNames: false) {
                let name = try columnName(field.expr, in: input.schema)
                guard !names.contains(name) else { throw .error("'\(name)' is listed twice", at: field.span) }
                names.append(name)
            }
        }
        let keys = names.map { name in
            let index = input.schema.index(of: name)!
            return NamedExpr(name, .column(index: index, name: name, type: input.schema.fields[index].type))
        }
        return .aggregate(input, keys: keys, values: [], schema: Schema(keys.map { .init($0.name, $0.expr.type) }))
    }
}
