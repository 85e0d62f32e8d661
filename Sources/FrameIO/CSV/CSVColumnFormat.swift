import Frame

/// How the reader read one column: its type and the text forms it decided on, for `describe`.
public struct CSVColumnFormat: Sendable, Hashable, CustomStringConvertible {
    /// The column's name in the frame.
    public var name: String
    /// The type the column was read as.
    public var type: DataType
    /// For numbers: the decimal mark the values use, when one was seen or set.
    public var decimalMark: Character?
    /// For numbers: the thousands separator the values use, when one was seen.
    public var thousandsSeparator: Character?
    /// For numbers: whether some values use `.` and others `,` as their decimal mark, each value
    /// having only one mark, never followed by exactly three digits.
    public var mixedDecimalMarks = false
    /// For numbers: whether the values were percentages (`77,00%`), read as fractions (0.77).
    public var isPercentage: Bool
    /// For dates: the form the values are written in, such as `yyyy-mm-dd`, `dd/mm/yyyy`,
    /// `mm/dd/yyyy` or `d month yyyy`.
    public var dateForm: String?
    /// For dates: whether the values carried a time of day, always midnight, that was dropped.
    public var droppedMidnight: Bool
    /// For booleans: the words read as true and as false, as written in lower case.
    public var booleanWords: [String]
    /// Texts read as "no value" because the rest of the column is typed (`-`, `s/d`, …).
    public var missingTokens: [String]

    /// Creates a report; only the name and type are required.
    public init(
        name: String, type: DataType, decimalMark: Character? = nil, thousandsSeparator: Character? = nil,
        isPercentage: Bool = false, dateForm: String? = nil, droppedMidnight: Bool = false,
        booleanWords: [String] = [], missingTokens: [String] = []
    ) {
        self.name = name
        self.type = type
        self.decimalMark = decimalMark
        self.thousandsSeparator = thousandsSeparator
        self.isPercentage = isPercentage
        self.dateForm = dateForm
        self.droppedMidnight = droppedMidnight
        self.booleanWords = booleanWords
        self.missingTokens = missingTokens
    }

    /// One line such as `double: decimal ',', thousands '.', percentages as fractions; no value: '-'`.
    public var description: String {
        var parts: [String] = []
        if let decimalMark { parts.append("decimal '\(decimalMark)'") }
        if mixedDecimalMarks { parts.append("decimal '.' in some values and ',' in others") }
        if let thousandsSeparator { parts.append("thousands '\(thousandsSeparator)'") }
        if isPercentage { parts.append("percentages as fractions (50% is 0.5)") }
        if let dateForm { parts.append(dateForm) }
        if droppedMidnight { parts.append("times of day, all midnight, dropped") }
        if !booleanWords.isEmpty { parts.append(booleanWords.joined(separator: "/")) }
        var line = type.rawValue + (parts.isEmpty ? "" : ": " + parts.joined(separator: ", "))
        if !missingTokens.isEmpty {
            line += "; no value: " + missingTokens.map { "'\($0)'" }.joined(separator: ", ")
        }
        return line
    }
}
