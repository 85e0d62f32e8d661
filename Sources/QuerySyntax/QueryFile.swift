/// A parsed query file: its statements in source order.
public struct QueryFile: Sendable, Hashable, CustomStringConvertible {
    /// The statements in source order.
    public var statements: [Statement]

    /// Creates a query file from its statements.
    public init(statements: [Statement]) {
        self.statements = statements
    }

    /// One statement per line, in the format of `Statement.description`.
    public var description: String {
        statements.map(\.description).joined(separator: "\n")
    }
}
