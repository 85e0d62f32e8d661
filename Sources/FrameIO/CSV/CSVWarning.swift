/// Something the reader repaired and the user should know about; reading went on.
public enum CSVWarning: Sendable, Hashable, CustomStringConvertible {
    /// A header cell was empty, so the column got a name made from its position (`column_3`).
    case generatedColumnName(CSVLocation, name: String)
    /// A header name was already taken by an earlier column, so this one got a suffix (`ref_2`).
    case renamedDuplicateColumn(CSVLocation, original: String, name: String)

    /// Where the repaired header cell is.
    public var location: CSVLocation {
        switch self {
        case .generatedColumnName(let location, _),
            .renamedDuplicateColumn(let location, _, _):
            location
        }
    }

    /// `path:line:column: warning: message`.
    public var description: String {
        switch self {
        case .generatedColumnName(let location, let name):
            "\(location): warning: header of column \(location.column) is empty; named it '\(name)'"
        case .renamedDuplicateColumn(let location, let original, let name):
            "\(location): warning: header '\(original)' is repeated in column "
                + "\(location.column); renamed it '\(name)'"
        }
    }
}
