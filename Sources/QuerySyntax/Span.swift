/// The half-open range of source text that a token, expression or diagnostic covers.
public struct Span: Sendable, Hashable, CustomStringConvertible {
    /// The first position covered.
    public var start: SourceLocation
    /// The position just past the last character covered.
    public var end: SourceLocation

    /// Creates a span from `start` up to (not including) `end`.
    public init(start: SourceLocation, end: SourceLocation) {
        precondition(start <= end, "span ends before it starts")
        self.start = start
        self.end = end
    }

    /// An empty span at `location`, used to point between two tokens (for example at a missing
    /// expression).
    public init(at location: SourceLocation) {
        self.init(start: location, end: location)
    }

    /// The UTF-8 byte offsets covered.
    public var range: Range<Int> { start.offset..<end.offset }

    /// The smallest span covering both `self` and `other`.
    public func to(_ other: Span) -> Span {
        Span(start: min(start, other.start), end: max(end, other.end))
    }

    /// `line:column-line:column`.
    public var description: String { "\(start)-\(end)" }
}
