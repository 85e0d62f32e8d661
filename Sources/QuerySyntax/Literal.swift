/// A constant written directly in a query.
public enum Literal: Sendable, Hashable, CustomStringConvertible {
    /// An integer such as `56`.
    case integer(Int64)
    /// A decimal such as `0.5`, with its source text so it prints as written.
    case decimal(Double, text: String)
    /// A string with escapes resolved.
    case string(String)
    /// A date such as `@2022-07-14`.
    case date(CalendarDate)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null

    /// The literal as written in a query (strings re-escaped, dates with `@`).
    public var description: String {
        switch self {
        case .integer(let value): String(value)
        case .decimal(_, let text): text
        case .string(let value): value.quotedForDisplay
        case .date(let date): "@\(date)"
        case .bool(let value): String(value)
        case .null: "null"
        }
    }
}
