/// What a token is, with its decoded value.
public enum TokenKind: Sendable, Hashable {
    /// A bare name such as `sent_count` or `año`.
    case identifier(String)
    /// A backtick-quoted name such as `` `4.1 População prisional | Total` ``, without the
    /// backticks.
    case quotedIdentifier(String)
    /// A reserved word.
    case keyword(Keyword)
    /// An integer literal such as `56` or `1_000`.
    case integer(Int64)
    /// A decimal literal such as `0.5` or `1e-3`, with its source text for exact display.
    case decimal(Double, text: String)
    /// A string literal with its escapes resolved.
    case string(String)
    /// An f-string such as `f"{n} rows"`.
    case fString([FStringSegment])
    /// A date literal such as `@2022-07-14`.
    case date(CalendarDate)
    /// Punctuation or an operator.
    case symbol(Symbol)
    /// A line break; comments are dropped, so a comment-only line is an empty line.
    case newline
    /// The end of the input.
    case end
}
