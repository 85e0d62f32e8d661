/// Every diagnostic found in one pass over a file, thrown when there is at least one error.
public struct Diagnostics: Error, Sendable, Hashable, CustomStringConvertible {
    /// The diagnostics in source order.
    public var items: [Diagnostic]

    /// Creates a list of diagnostics.
    public init(_ items: [Diagnostic]) {
        self.items = items
    }

    /// All diagnostics rendered with `Diagnostic.rendered(in:)`, separated by blank lines.
    public func rendered(in file: SourceFile) -> String {
        items.map { $0.rendered(in: file) }.joined(separator: "\n\n")
    }

    /// One `line:column: severity: message` line per diagnostic.
    public var description: String {
        items.map(\.description).joined(separator: "\n")
    }
}
