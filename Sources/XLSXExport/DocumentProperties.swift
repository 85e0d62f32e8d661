import Report

/// The workbook's document properties, which file browsers and catalogues read without opening it.
struct DocumentProperties {
    var title: String
    var author: String?
    var company: String?
    var keywords: String
    var comments: String
    /// The creation time, seconds since 1970 UTC: the report's own, so that files are reproducible.
    var created: Int64
    /// Custom properties (source, as-of date…), in order.
    var custom: [(name: String, value: String)]

    /// The properties of `report`.
    init(_ report: Report) {
        let metadata = report.metadata
        title = CellText.stripped(metadata.title)
        author = metadata.issuer.map(CellText.stripped)
        company = author
        keywords = CellText.stripped(report.slug)
        comments = CellText.stripped(metadata.source)
        // libxlsxwriter reads 0 as "now", which would make every file different.
        created = metadata.generatedAt == 0 ? 1 : metadata.generatedAt
        var custom = [(name: "Source", value: DocumentProperties.customValue(metadata.source))]
        if let asOf = metadata.asOf { custom.append((name: "As of", value: asOf.description)) }
        custom.append((name: "Generated at", value: metadata.generatedAtISO8601))
        custom.append((name: "Engine version", value: DocumentProperties.customValue(metadata.engineVersion)))
        self.custom = custom
    }

    // Excel limits a custom property's value to 255 characters, and libxlsxwriter refuses longer ones.
    private static func customValue(_ text: String) -> String {
        CellText.prefix(of: CellText.stripped(text), utf16Length: 255)
    }
}
