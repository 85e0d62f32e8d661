import Frame

extension VegaLiteSpec {
    /// Where the chart's data comes from, for `usermeta`: report, source, licence, dates, engine.
    static func provenance(_ metadata: ReportMetadata, table: ReportTable) -> VegaLiteJSON {
        let period: VegaLiteJSON = metadata.period.map {
            .object(["start": .string($0.lowerBound.description), "end": .string($0.upperBound.description)])
        } ?? .null
        let headers = table.frame.columns.map { ($0.name, VegaLiteJSON.string(table.header(of: $0))) }
        return .object([
            "report_title": .string(metadata.title),
            "table": .string(table.name),
            "issuer": metadata.issuer.map(VegaLiteJSON.string) ?? .null,
            "source": .string(metadata.source),
            "licence": metadata.licence.map(VegaLiteJSON.string) ?? .null,
            "period": period,
            "as_of": metadata.asOf.map { .string($0.description) } ?? .null,
            "generated_at": .string(metadata.generatedAtISO8601),
            "engine_version": .string(metadata.engineVersion),
            "field_titles": .object(Dictionary(headers, uniquingKeysWith: { first, _ in first })),
        ])
    }

}
