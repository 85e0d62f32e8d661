/// A status text the vocabulary cannot place, or an alias that contradicts it.
public enum StatusVocabularyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A status value matches no alias; `row` is the 0-based index of its first occurrence,
    /// `suggestions` the closest known spellings.
    case unknownStatus(String, row: Int, suggestions: [String])
    /// An alias is already bound to another status.
    case conflictingAlias(String, existing: ComplianceStatus, requested: ComplianceStatus)

    public var description: String {
        switch self {
        case .unknownStatus(let value, let row, let suggestions):
            "unknown status '\(value)' at row index \(row)"
                + (suggestions.isEmpty ? "" : "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?")
        case .conflictingAlias(let alias, let existing, let requested):
            "the status alias '\(alias)' already means \(existing.rawValue), not \(requested.rawValue)"
        }
    }
}
