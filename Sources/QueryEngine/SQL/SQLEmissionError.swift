/// Why a plan has no SQL translation.
public struct SQLEmissionError: Error, Sendable, CustomStringConvertible {
    /// What cannot be translated.
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
