/// Why a plan has no SQL translation.
public struct SQLEmissionError: Error, Sendable, CustomStringConvertible {
    /// What cannot be translated.
    public let message: String

    /// An error saying what cannot be translated.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
