import QueryEngine
import QuerySyntax

extension QueryText {
    /// An error found while running the relation `relation` (a value in the data that a function
    /// cannot take), rendered at the `let` that defines the relation, in the file that holds it:
    /// the executor knows the relation, not the expression's place.
    func renderedRunTimeError(_ message: String, help: [String] = [], inRelation relation: String) -> String {
        guard let linked = try? link(),
            let item = linked.items.first(where: { item in
                if case .let(relation, _, _) = item.statement { true } else { false }
            })
        else { return (["\(file.name): error: \(message)"] + help.map { "help: \($0)" }).joined(separator: "\n") }
        var diagnostic = Diagnostic.error(message, at: item.statement.span, help: help)
        if linked.origins[item.origin].isIncluded { diagnostic.file = linked.origins[item.origin].file }
        return diagnostic.rendered(in: file)
    }
}
