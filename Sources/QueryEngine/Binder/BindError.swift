import Frame
import QuerySyntax

extension Diagnostic {
    /// An error for a name that is not known, with the closest candidates as a suggestion.
    static func unknown(_ what: String, _ name: String, at span: Span, candidates: [String]) -> Diagnostic {
        let help = NameSuggestion.closest(to: name, among: candidates).map { ["did you mean '\($0)'?"] } ?? []
        return .error("unknown \(what) '\(name)'", at: span, help: help)
    }
}

extension Binder {
    /// An error for a relation name that is not defined; a note only (dropped) when the
    /// relation was defined but its definition failed, which was reported already.
    func unknownRelation(_ name: String, at span: Span) -> Diagnostic {
        if failedRelations.contains(name) { return Diagnostic(.note, "'\(name)' failed earlier", at: span) }
        return .unknown("relation", name, at: span, candidates: Array(relations.keys))
    }
}
