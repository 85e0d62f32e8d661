/// A value in the data that a function cannot take (an unknown status, a unit name that
/// matches no facility): bad input, reported with the value and where it is.
public struct InputValueError: Error, Sendable, CustomStringConvertible {
    /// What is wrong, naming the value and its row.
    public let message: String
    /// What to do about it.
    public let hint: String

    public init(_ message: String, hint: String) {
        self.message = message
        self.hint = hint
    }

    public var description: String { "error: \(message)\nhint: \(hint)" }
}
