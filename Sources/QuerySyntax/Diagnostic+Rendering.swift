extension Diagnostic {
    /// The diagnostic as printed to the terminal: a `file:line:col: severity: message` line,
    /// the source line indented by four spaces, a caret line, then `note:` and `help:` lines.
    ///
    ///     Queries/x.query:3:12: error: unknown column 'facilty'
    ///         filter facilty == "U.12"
    ///                ^~~~~~~
    ///     help: did you mean 'facility'?
    ///
    /// A diagnostic that names its own `file` (one in an included file) is rendered in that file.
    ///
    /// The caret sits under the span's first character and `~` runs to the end of the span or
    /// of the line, whichever comes first. The result has no trailing line break.
    public func rendered(in file: SourceFile) -> String {
        let file = self.file ?? file
        var lines = ["\(file.name):\(span.start): \(severity.rawValue): \(message)"]
        if let source = file.line(span.start.line) {
            lines.append("    " + source)
            lines.append("    " + caretLine(under: source))
        }
        lines += notes.map { "note: \($0)" }
        lines += help.map { "help: \($0)" }
        return lines.joined(separator: "\n")
    }

    private func caretLine(under source: Substring) -> String {
        // Copy tabs from the source so the caret lines up however tabs are displayed.
        let before = source.prefix(span.start.column - 1).map { $0 == "\t" ? "\t" : " " }
        let lineLength = source.count + 1
        let endColumn = span.end.line == span.start.line ? span.end.column : lineLength
        let width = max(1, min(endColumn, lineLength) - span.start.column)
        return before.joined() + "^" + String(repeating: "~", count: width - 1)
    }
}
