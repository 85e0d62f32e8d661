import Frame
import QuerySyntax
import Report

/// A query file after binding: parameters with their values, relation plans in the order they
/// run, and what to publish. Nothing in it has read a row yet beyond the sources' schemas.
public struct CompiledQuery: Sendable {
    /// The parameters, in declaration order, with overrides applied.
    public var parameters: [BoundParameter]
    /// The named relations, in the order they must run.
    public var relations: [(name: String, plan: LogicalPlan)]
    /// The cover-sheet facts declared with `report`, if any.
    public var report: ReportDirective?
    /// The notes, in order.
    public var notes: [NoteDirective]
    /// The tables to publish, in order.
    public var exports: [ExportDirective]
}

/// A parameter and its value.
public struct BoundParameter: Sendable {
    public var name: String
    public var value: Constant
    /// Whether `--param` replaced the default.
    public var overridden: Bool
}

/// What `report …` declares.
public struct ReportDirective: Sendable {
    public var title: String
    public var issuer: String?
    public var source: String
    public var licence: String?
    public var language: ReportLanguage
}

/// A text whose pieces may be values read from a one-row relation when the query has run.
public struct TextTemplate: Sendable {
    public enum Piece: Sendable {
        case text(String)
        /// A parameter's value, printed in the report's language.
        case constant(Value)
        case value(relation: String, column: String)
    }
    public var pieces: [Piece]
}

/// What `note …` declares.
public struct NoteDirective: Sendable {
    public var term: String
    public var definition: TextTemplate
    public var formula: String?
}

/// What `export NAME to sheet …` declares.
public struct ExportDirective: Sendable {
    public var relation: String
    public var sheetName: String
    public var title: String
    public var description: String
    public var formats: [String: ColumnFormat]
    public var headers: [String: String]
    public var chart: ChartSpec?
    /// The small counts to hide (`suppress:{…} below:5`), if any.
    public var suppression: CellSuppression? = nil
}
