import Frame

/// A self-contained Vega-Lite v5 spec of a report table's chart, with the rows inline.
///
/// The spec carries its data as tidy `data.values` records (one per row, keyed by column name),
/// its provenance in `usermeta`, and stays within what both the v5 and v6 schemas accept. The
/// same table and metadata always give the same bytes.
///
///     let spec = try VegaLiteSpec(table: ranking, metadata: report.metadata, language: .spanish)
///     try spec.json.write(toFile: "ranking.vl.json", atomically: true, encoding: .utf8)
public struct VegaLiteSpec: Sendable, Equatable {
    /// The schema every spec declares: the major-only v5 URL, which v6 viewers also render.
    public static let schemaURL = "https://vega.github.io/schema/vega-lite/v5.json"

    /// The spec as UTF-8 JSON text with sorted keys, ending in a newline.
    public let json: String

    /// The spec of `table`'s chart.
    ///
    /// - Parameters:
    ///   - table: A table whose `chart` is set.
    ///   - metadata: The report's metadata, copied into `usermeta` for provenance.
    ///   - language: The report's language; Spanish specs show numbers with decimal commas.
    /// - Throws: `VegaLiteError` when the table has no chart or the chart names a missing column.
    public init(table: ReportTable, metadata: ReportMetadata, language: ReportLanguage = .english) throws(VegaLiteError) {
        guard let chart = table.chart else { throw .noChart(table: table.name) }
        func column(_ name: String) throws(VegaLiteError) -> AnyColumn {
            guard let column = table.frame[name] else { throw .unknownColumn(table: table.name, column: name) }
            return column
        }
        let columns = ChartColumns(x: try column(chart.x), y: try column(chart.y), series: try chart.series.map(column))
        var spec: [String: VegaLiteJSON] = [
            "$schema": .string(VegaLiteSpec.schemaURL),
            "data": .object(["name": .string(table.name), "values": .array(VegaLiteSpec.records(of: table))]),
            "transform": .array([.object(["filter": .string("isValid(datum[\(VegaLiteSpec.jsString(chart.y))])")])]),
            "mark": VegaLiteSpec.mark(chart.kind),
            "encoding": .object(VegaLiteSpec.encoding(of: table, chart: chart, columns: columns, language: language)),
            "usermeta": VegaLiteSpec.provenance(metadata, table: table),
        ]
        var title: [String: VegaLiteJSON] = ["text": .string(table.title)]
        if !table.description.isEmpty {
            title["subtitle"] = .string(table.description)
            spec["description"] = .string(table.description)
        }
        spec["title"] = .object(title)
        if language == .spanish { spec["config"] = .object(["locale": VegaLiteSpec.spanishLocale]) }
        json = VegaLiteJSON.object(spec).serialized() + "\n"
    }

    /// The columns a chart draws from, found in the table.
    struct ChartColumns {
        var x: AnyColumn
        var y: AnyColumn
        var series: AnyColumn?
    }

    private static func mark(_ kind: ChartKind) -> VegaLiteJSON {
        switch kind {
        case .bar: .object(["type": .string("bar")])
        case .line: .object(["type": .string("line"), "point": .bool(true)])
        }
    }

    /// Spanish number display: decimal comma and point for thousands (`87,5 %`, `1.234`).
    private static let spanishLocale = VegaLiteJSON.object([
        "number": .object([
            "decimal": .string(","), "thousands": .string("."), "grouping": .array([.int(3)]),
            "currency": .array([.string(""), .string(" €")]),
        ])
    ])

    /// `text` as a single-quoted JavaScript string literal, for Vega expressions.
    static func jsString(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\": escaped += "\\\\"
            case "'": escaped += "\\'"
            default: escaped.append(character)
            }
        }
        return "'" + escaped + "'"
    }
}
