import Frame

/// A finished analysis, ready to be written as a workbook, chart specs and CSV tables.
///
/// A report is format-free: the exporters decide how a cover, a note or a table looks in an
/// .xlsx, a Vega-Lite spec or a CSV file.
public struct Report: Sendable {
    /// The file stem shared by every output, such as `pfd-custody-report`.
    public var slug: String
    /// The language of the fixed labels (cover rows, sheet names of the front matter).
    public var language: ReportLanguage
    /// What the cover sheet says.
    public var metadata: ReportMetadata
    /// Definitions and data-treatment statements, in order, for the notes sheet.
    public var notes: [ReportNote]
    /// The result tables, one sheet each, in order.
    public var tables: [ReportTable]

    public init(
        slug: String, language: ReportLanguage = .english, metadata: ReportMetadata,
        notes: [ReportNote] = [], tables: [ReportTable] = []
    ) {
        self.slug = slug
        self.language = language
        self.metadata = metadata
        self.notes = notes
        self.tables = tables
    }
}

/// The language of a report's fixed labels.
public enum ReportLanguage: String, Sendable, CaseIterable {
    case english = "en"
    case spanish = "es"
}

/// The facts the cover sheet states about a report.
public struct ReportMetadata: Sendable {
    /// The report's title.
    public var title: String
    /// Who publishes the report (an ombudsman's office, a research group).
    public var issuer: String?
    /// Where the data comes from, with its attribution.
    public var source: String
    /// The licence of the data, as its publisher states it.
    public var licence: String?
    /// The first and last day the data covers, when known.
    public var period: ClosedRange<Day>?
    /// The date at which open items, ages and backlogs are measured (end of that day).
    public var asOf: Day?
    /// When the report was generated: taken from the inputs, never the clock, so that the same
    /// inputs give the same file. Seconds since 1970-01-01 UTC.
    public var generatedAt: Int64
    /// The version of the engine that produced it.
    public var engineVersion: String
    /// The parameters of the run, as `name = value` pairs in the order they were declared.
    public var parameters: [(name: String, value: String)]
    /// Further cover rows (contact, revision status), in order.
    public var extra: [(label: String, value: String)]

    public init(
        title: String, issuer: String? = nil, source: String, licence: String? = nil,
        period: ClosedRange<Day>? = nil, asOf: Day? = nil, generatedAt: Int64,
        engineVersion: String, parameters: [(name: String, value: String)] = [],
        extra: [(label: String, value: String)] = []
    ) {
        self.title = title
        self.issuer = issuer
        self.source = source
        self.licence = licence
        self.period = period
        self.asOf = asOf
        self.generatedAt = generatedAt
        self.engineVersion = engineVersion
        self.parameters = parameters
        self.extra = extra
    }
}

/// One entry of the notes sheet: a term and what it means, or a statement of how data was treated.
public struct ReportNote: Sendable, Equatable {
    /// The indicator or topic, such as "Response rate".
    public var term: String
    /// The definition or statement, in full sentences.
    public var definition: String
    /// The formula, when the note defines a computed figure.
    public var formula: String?

    public init(term: String, definition: String, formula: String? = nil) {
        self.term = term
        self.definition = definition
        self.formula = formula
    }
}

extension ReportMetadata {
    /// `generatedAt` as ISO 8601 UTC text (`2024-04-02T09:30:00Z`), the same in every export.
    public var generatedAtISO8601: String {
        let remainder = ((generatedAt % 86_400) + 86_400) % 86_400
        let day = Day(daysSinceEpoch: Int32(clamping: (generatedAt - remainder) / 86_400))
        func twoDigits(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(day)T\(twoDigits(remainder / 3600)):\(twoDigits(remainder % 3600 / 60)):\(twoDigits(remainder % 60))Z"
    }
}
