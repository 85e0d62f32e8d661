/// A facility name that cannot be resolved, or a directory that contradicts itself.
public enum FacilityNameError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No unit matches the name; `candidates` are the ids of the closest units.
    case unknownFacility(String, candidates: [String])
    /// One spelling is given to two units.
    case conflictingAlias(String, facilities: [String])
    /// A `successor` names an id the directory does not have.
    case unknownSuccessor(String, of: String)

    public var description: String {
        switch self {
        case .unknownFacility(let name, let candidates):
            "no facility matches '\(name)'"
                + (candidates.isEmpty ? "" : "; closest: " + candidates.joined(separator: ", "))
        case .conflictingAlias(let alias, let facilities):
            "the facility name '\(alias)' is given to both \(facilities.joined(separator: " and "))"
        case .unknownSuccessor(let successor, let id):
            "\(id) is renamed to \(successor), which is not in the directory"
        }
    }
}
