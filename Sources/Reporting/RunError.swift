import FrameIO
import QuerySyntax

/// Why a run failed, with the message to print and the exit code it deserves.
public enum RunError: Error, CustomStringConvertible {
    /// The query has syntax or binding errors; the text is the rendered diagnostics.
    case query(String)
    /// A data file is malformed.
    case data(CSVReadingError)
    /// A value in the data that the query cannot take (an unknown status, an unknown unit).
    case value(String)
    /// A file could not be read or written, or something else failed.
    case failure(String)

    public var description: String {
        switch self {
        case .query(let text): text
        case .data(let error): error.description
        case .value(let text): text
        case .failure(let message): "error: \(message)"
        }
    }

    /// Whether the fault is in the user's input (exit code 65) rather than the run (1).
    public var isBadInput: Bool {
        switch self {
        case .query, .data, .value: true
        case .failure: false
        }
    }
}
