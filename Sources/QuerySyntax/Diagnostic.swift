/// A message about a place in a query file: a syntax error now, a binding error later.
///
/// Later stages add `help` lines such as "did you mean 'facility'?". Render a diagnostic with
/// `rendered(in:)` to show the source line and a caret under the span.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
        case note
    }

    /// How serious it is.
    public var severity: Severity
    /// What is wrong, in one sentence without a final full stop.
    public var message: String
    /// The source text the message is about.
    public var span: Span
    /// Extra facts, printed as `note: …` lines.
    public var notes: [String]
    /// Suggested fixes, printed as `help: …` lines.
    public var help: [String]
    /// The file the span is in, when it is not the file being rendered (an included file).
    public var file: SourceFile?

    /// Creates a diagnostic.
    public init(
        _ severity: Severity, _ message: String, at span: Span,
        notes: [String] = [], help: [String] = []
    ) {
        self.severity = severity
        self.message = message
        self.span = span
        self.notes = notes
        self.help = help
    }

    /// Creates an error diagnostic.
    public static func error(_ message: String, at span: Span, help: [String] = []) -> Diagnostic {
        Diagnostic(.error, message, at: span, help: help)
    }

    /// `line:column: severity: message`, for logs and test failures.
    public var description: String { "\(span.start): \(severity.rawValue): \(message)" }
}
