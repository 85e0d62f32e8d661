/// The text of one query file and the name used for it in diagnostics.
///
///     let file = SourceFile(name: "Queries/pfd.query", text: "from reports\n")
public struct SourceFile: Sendable, Hashable {
    /// The path or name printed at the start of each diagnostic.
    public var name: String
    /// The whole text of the file.
    public var text: String

    /// Creates a source file from its name and text.
    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }

    /// The text covered by `span`.
    public func text(in span: Span) -> Substring {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: span.start.offset)
        let end = utf8.index(utf8.startIndex, offsetBy: span.end.offset)
        return text[start..<end]
    }

    /// The text of the 1-based line `number`, without its line break, or `nil` past the end.
    public func line(_ number: Int) -> Substring? {
        // "\r\n" is a single Character, so it has to be matched as such.
        let lines = text.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        return lines.indices.contains(number - 1) ? lines[number - 1] : nil
    }
}
