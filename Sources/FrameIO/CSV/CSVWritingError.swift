/// Why a CSV file could not be written. No partial file is left behind in either case.
public enum CSVWritingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file (or its temporary sibling) could not be created, written or moved into place.
    case cannotWrite(path: String, reason: String)

    /// `path: error: message`, then a line that starts with `hint:`.
    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason):
            "\(path): error: cannot write the CSV file: \(reason)\n"
                + "hint: check that the directory exists, that you may write to it, "
                + "and that the path is not a directory"
        }
    }
}
