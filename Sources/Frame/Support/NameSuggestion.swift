/// Finds the known name a misspelt one was probably meant to be, for "did you mean" hints in
/// every layer: column names in files, names in queries, options on the command line.
public enum NameSuggestion {
    /// The candidate nearest to `name` by edit distance, ignoring case, when it is close enough
    /// to be a likely typo (at most a third of the name's length, and at least 2, edits away).
    /// Ties go to the alphabetically first candidate, so the hint is deterministic.
    public static func closest(to name: String, among candidates: [String]) -> String? {
        let target = Array(name.lowercased())
        let limit = max(2, target.count / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased()))
            guard distance <= limit, distance < target.count || target.count <= 2 else { continue }
            if best == nil || distance < best!.distance || (distance == best!.distance && candidate < best!.name) {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// The Levenshtein distance between two character sequences, with one reusable row.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var diagonal = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let above = row[j]
                row[j] = min(above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1))
                diagonal = above
            }
        }
        return row[b.count]
    }
}
