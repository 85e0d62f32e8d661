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

/// Finds the known name a misspelt one was probably meant to be.
public enum NameSuggestion {
    /// The candidate closest to `name`, when it is close enough to be a typo (case and accents
    /// count as small differences).
    public static func closest(to name: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(name.lowercased(), $0.lowercased())) }
            .filter { $0.1 <= max(2, name.count / 3) }
        return scored.min { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }?.0
    }

    /// The Levenshtein distance between two strings, in characters.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
