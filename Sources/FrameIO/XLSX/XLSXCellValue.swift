import Frame

/// What a non-empty cell of a sheet holds, as the workbook typed it.
enum XLSXCellValue: Equatable {
    /// A number shown without a date format.
    case number(Double)
    /// A number shown with a date format, as the day it stands for (the time of day dropped).
    case date(Day)
    case text(String)
    case bool(Bool)
    /// An error a formula gave, such as `#DIV/0!` or `#N/A`.
    case error(String)

    /// The value as text, for a column of mixed kinds: whole numbers without a fraction, dates
    /// in ISO form, booleans as Excel shows them.
    var text: String {
        switch self {
        case .number(let number): Self.text(of: number)
        case .date(let day): day.description
        case .text(let text): text
        case .bool(let value): value ? "TRUE" : "FALSE"
        case .error(let code): code
        }
    }

    /// What the cell holds, for messages: `the number 3.5`, `the text 'abc'`.
    var summary: String {
        switch self {
        case .number(let number): "the number \(Self.text(of: number))"
        case .date(let day): "the date \(day)"
        case .text(let text): "the text '\(text.count > 60 ? text.prefix(57) + "…" : text)'"
        case .bool(let value): "the boolean \(value ? "TRUE" : "FALSE")"
        case .error(let code): "the error \(code)"
        }
    }

    private static func text(of number: Double) -> String {
        if let whole = Int64(exactly: number) { return String(whole) }
        return String(number)
    }
}
