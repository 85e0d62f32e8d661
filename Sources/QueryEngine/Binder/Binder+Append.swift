import Frame
import QuerySyntax

extension Binder {
    /// `append RELATION`: the pipeline's rows, then the relation's, columns matched by name as
    /// DuckDB's `UNION ALL BY NAME`: the pipeline's columns, then the relation's others, each
    /// null on the rows of the side without it. Integers and decimals together are decimals;
    /// other differing types are an error naming the column.
    func bindAppend(_ call: Call, input: LogicalPlan, span: Span) throws(Diagnostic) -> LogicalPlan {
        guard call.positional.count == 1, call.named.isEmpty else {
            throw .error("append takes the name of an earlier relation: append other_rows", at: span)
        }
        let (name, bottom) = try joinedRelation(call.positional[0])
        var schema = input.schema
        for field in bottom.fields {
            guard let index = schema.index(of: field.name) else {
                schema.fields.append(field)
                continue
            }
            let top = schema.fields[index].type
            if top == field.type { continue }
            guard top.isNumeric && field.type.isNumeric else {
                throw .error(
                    "cannot append '\(name)': its column '\(field.name)' is \(field.type), but here it is \(top)",
                    at: call.positional[0].span,
                    help: ["convert one side first, as in derive {\(field.name.quotedAsNameIfNeeded) = as text \(field.name.quotedAsNameIfNeeded)}"])
            }
            schema.fields[index].type = .double
        }
        return .append(input, .reference(name: name, schema: bottom), schema: schema)
    }
}
