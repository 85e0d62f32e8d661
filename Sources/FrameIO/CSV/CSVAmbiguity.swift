/// A column whose values read correctly in two ways; the reader will not pick one.
public enum CSVAmbiguity: Sendable, Equatable {
    /// Numeric dates where no day or month is above 12, so both `dd/mm/yyyy` and `mm/dd/yyyy` fit.
    case dayMonthOrder(samples: [String])
    /// Numbers whose only separator, `mark`, is followed by three digits (`1,234`): a decimal mark
    /// or a thousands separator.
    case decimalMark(Character, samples: [String])

    /// What reads two ways, for the error's message; `column` is the column's name.
    func message(column: String) -> String {
        switch self {
        case .dayMonthOrder(let samples):
            "the dates in column '\(column)' read both as day/month/year and as month/day/year: "
                + "no day or month is above 12 (\(Self.listed(samples)))"
        case .decimalMark(let mark, let samples):
            "the numbers in column '\(column)' read two ways: '\(mark)' may be the decimal mark "
                + "or a thousands separator (\(Self.listed(samples)))"
        }
    }

    /// The options that settle it, for the error's hint; `file` is the file's name.
    func hint(column: String, file: String) -> String {
        switch self {
        case .dayMonthOrder:
            "say which: from \"\(file)\" dates:{\(column) = \"dd/mm/yyyy\"} (or \"mm/dd/yyyy\"), "
                + "or date_format:\"dd/mm/yyyy\" for every column of the file"
        case .decimalMark(let mark, _):
            "say which: from \"\(file)\" decimal:\"\(mark)\" if it marks decimals, or thousands:\"\(mark)\" "
                + "if it separates thousands; decimal:{\(column) = \"\(mark)\"} sets one column"
        }
    }

    private static func listed(_ samples: [String]) -> String {
        samples.map { "'\($0)'" }.joined(separator: ", ")
    }
}
