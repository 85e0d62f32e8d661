/// How the reader turns text into numbers, dates and missing values. By default every choice is
/// made per column, from all of the column's values; each can be fixed for the whole file or for
/// one column.
///
///     var options = CSVReadingOptions(delimiter: ";")
///     options.valueFormats.decimalMark = ","
///     options.valueFormats.columns["fecha"] = CSVColumnValueFormat(dateOrder: .dayMonthYear)
public struct CSVValueFormats: Sendable, Hashable {
    /// The decimal mark of every number column, `.` or `,`; `nil` (the default) decides per column.
    public var decimalMark: Character?
    /// The thousands separator of every number column (`.`, `,`, `'` or a space), `""` for none;
    /// `nil` (the default) allows the mark that is not the decimal mark, in groups of three.
    public var thousandsSeparator: String?
    /// The order of day, month and year in numeric dates; `nil` (the default) decides per column.
    public var dateOrder: CSVDateOrder?
    /// Choices for single columns, by name; they win over the file-wide ones.
    public var columns: [String: CSVColumnValueFormat]
    /// Texts that mean "no value" in a column whose other values are all numbers, dates or
    /// booleans. In a text column they stay text. Default `N/A`, `-`, `s/d`, `S/D`, `sin datos`,
    /// `#N/A`, `n/d`.
    public var missingTokens: [String]

    /// The tokens `missingTokens` holds by default.
    public static let defaultMissingTokens = ["N/A", "-", "s/d", "S/D", "sin datos", "#N/A", "n/d"]

    /// Creates value formats; each parameter defaults to the value documented on its property.
    public init(
        decimalMark: Character? = nil, thousandsSeparator: String? = nil, dateOrder: CSVDateOrder? = nil,
        columns: [String: CSVColumnValueFormat] = [:], missingTokens: [String] = defaultMissingTokens
    ) {
        self.decimalMark = decimalMark
        self.thousandsSeparator = thousandsSeparator
        self.dateOrder = dateOrder
        self.columns = columns
        self.missingTokens = missingTokens
    }

    /// The choices that apply to the column `name`: its own, else the file's.
    func format(of name: String) -> CSVColumnValueFormat {
        let own = columns[name] ?? CSVColumnValueFormat()
        return CSVColumnValueFormat(
            decimalMark: own.decimalMark ?? decimalMark,
            thousandsSeparator: own.thousandsSeparator ?? thousandsSeparator,
            dateOrder: own.dateOrder ?? dateOrder)
    }
}

/// The number and date choices for one column; `nil` fields decide from the values.
public struct CSVColumnValueFormat: Sendable, Hashable {
    /// `.` or `,`.
    public var decimalMark: Character?
    /// `.`, `,`, `'`, a space, or `""` for none.
    public var thousandsSeparator: String?
    /// The order of day, month and year in numeric dates.
    public var dateOrder: CSVDateOrder?

    /// Creates a column's choices; `nil` leaves a choice to the values.
    public init(decimalMark: Character? = nil, thousandsSeparator: String? = nil, dateOrder: CSVDateOrder? = nil) {
        self.decimalMark = decimalMark
        self.thousandsSeparator = thousandsSeparator
        self.dateOrder = dateOrder
    }

    /// Whether a number choice is fixed, so that plain `1.5` may not be read before the column
    /// is decided.
    var fixesNumbers: Bool { decimalMark != nil || thousandsSeparator != nil }
}

/// The order of day, month and year in a numeric date such as `03/04/2022`.
public enum CSVDateOrder: String, Sendable, Hashable, CaseIterable {
    case dayMonthYear = "dd/mm/yyyy"
    case monthDayYear = "mm/dd/yyyy"
    case yearMonthDay = "yyyy-mm-dd"

    /// Reads a pattern such as `dd/mm/yyyy`, `d.m.yyyy`, `mm-dd-yyyy` or `yyyy/mm/dd`: the order
    /// in which its `d`, `m` and `y` letters first appear; separators may be any.
    public init?(pattern: String) {
        var order: [Character] = []
        for letter in pattern.lowercased() where "dmy".contains(letter) && !order.contains(letter) {
            order.append(letter)
        }
        switch String(order) {
        case "dmy": self = .dayMonthYear
        case "mdy": self = .monthDayYear
        case "ymd": self = .yearMonthDay
        default: return nil
        }
    }
}
