import Frame

/// A row-by-row function the language can call, with its signature and its column kernel.
public struct ScalarFunction: Sendable {
    /// The name used in queries.
    public let name: String
    /// A one-line description, for help and error messages.
    public let summary: String
    /// The names of the positional arguments, in order, for messages (`add_days date days`).
    public let parameters: [String]
    /// The named options it accepts, with their defaults.
    public let options: [String: Constant]
    /// A first argument written as a bare word, such as the `quarter` of `date_trunc quarter d`.
    public let word: WordParameter?
    /// The result type for the argument types and options, or a message saying what was expected.
    let resolve: @Sendable ([DataType], FunctionOptions) -> Result<DataType, SignatureMismatch>
    /// Computes the result column from argument columns of the row count.
    let kernel: @Sendable ([AnyColumn], FunctionOptions) throws -> AnyColumn

    /// The usage line, such as `add_days date days`.
    public var usage: String { ([name] + (word.map { [$0.name] } ?? []) + parameters).joined(separator: " ") }
}

/// A first argument chosen from a few words (`week`, `month`…), written bare or quoted; the
/// binder passes it to the kernel as the option of the same name.
public struct WordParameter: Sendable {
    /// The option name the word is stored under, also shown in the usage line.
    public let name: String
    /// The words accepted.
    public let words: [String]
}

/// Why arguments do not fit a function: what it expected.
public struct SignatureMismatch: Error, Sendable {
    public let expected: String
    public init(_ expected: String) { self.expected = expected }
}
