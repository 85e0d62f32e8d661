import Frame
import QuerySyntax

extension Diagnostic {
    /// An error for a name that is not known, with the closest candidate as a suggestion or,
    /// when none is close and the choice is short, the whole choice.
    static func unknown(_ what: String, _ name: String, at span: Span, candidates: [String]) -> Diagnostic {
        var help: [String] = []
        if let closest = NameSuggestion.closest(to: name, among: candidates) {
            help = ["did you mean '\(closest)'?"]
        } else if (1...8).contains(candidates.count) {
            help = ["expected one of: \(candidates.sorted().joined(separator: ", "))"]
        } else if candidates.isEmpty, what.hasPrefix("option of ") {
            help = ["it takes no options"]
        }
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
