import Frame
import Report

/// Reports that exercise every column format, both chart kinds and the empty-table case.
enum ReportFixtures {
    static let generatedAt: Int64 = 1_712_050_200  // 2024-04-02T09:30:00Z

    static func day(_ year: Int, _ month: Int, _ day: Int) -> Day { Day(year: year, month: month, day: day)! }

    /// Facilities ranked by compliance: rate (one NaN), counts, days, decimals, dates and flags.
    static func ranking() throws -> ReportTable {
        let frame = try DataFrame(columns: [
            AnyColumn(name: "facility", StringColumn(["HMP Alpha", "HMP Beta", "HMP Gamma"])),
            AnyColumn(name: "compliance_rate", Column<Double>([0.875, .nan, 0.5])),
            AnyColumn(name: "recommendations", Column<Int64>([1_234, 27, nil])),
            AnyColumn(name: "mean_score", Column<Double>([12.349, 0.29, -1.239])),
            AnyColumn(name: "mean_age", Column<Double>([3.25, 4.5, 1.0])),
            AnyColumn(name: "days_open", Column<Int64>([40, 12, 7])),
            AnyColumn(name: "last_visit", Column<Day>([day(2024, 3, 31), day(1850, 1, 1), nil])),
            AnyColumn(name: "flagged", Column<Bool>([true, false, nil])),
        ])
        return ReportTable(
            name: "ranking", sheetName: "Ranking", title: "Compliance by facility",
            description: "Facilities ranked by the share of recommendations met.", frame: frame,
            columnFormats: [
                "compliance_rate": .percent, "recommendations": .count, "mean_score": .truncated(places: 2),
                "mean_age": .decimal(places: 1), "days_open": .days, "last_visit": .date,
            ],
            headers: ["facility": "Facility", "compliance_rate": "Compliance rate"],
            chart: ChartSpec(kind: .bar, x: "facility", y: "compliance_rate"))
    }

    /// A quarterly rate for two facilities, sorted by facility then quarter.
    static func trend() throws -> ReportTable {
        let quarters = [day(2023, 1, 1), day(2023, 4, 1), day(2023, 1, 1), day(2023, 4, 1)]
        let frame = try DataFrame(columns: [
            AnyColumn(name: "quarter_start", Column<Day>(quarters)),
            AnyColumn(name: "facility", StringColumn(["HMP Alpha", "HMP Alpha", "HMP Beta", "HMP Beta"])),
            AnyColumn(name: "rate", Column<Double>([0.61, 0.64, 0.42, nil])),
        ])
        return ReportTable(
            name: "trend", sheetName: "Trend", title: "Quarterly compliance", frame: frame,
            columnFormats: ["rate": .percent],
            chart: ChartSpec(kind: .line, x: "quarter_start", y: "rate", series: "facility", xIsQuarter: true))
    }

    /// A table whose query matched nothing.
    static func empty() throws -> ReportTable {
        let frame = try DataFrame(columns: [AnyColumn(name: "facility", StringColumn([]))])
        return ReportTable(name: "overdue", sheetName: "Overdue", title: "Overdue recommendations", frame: frame)
    }

    static func metadata() -> ReportMetadata {
        ReportMetadata(
            title: "Custody oversight report", issuer: "Inspectorate of Custody",
            source: "Recommendations register, extract 42", licence: "OGL v3",
            period: day(2023, 1, 1)...day(2024, 3, 31), asOf: day(2024, 3, 31), generatedAt: generatedAt,
            engineVersion: "0.1.0", parameters: [(name: "overdue_days", value: "90")],
            extra: [(label: "Contact", value: "stats@example.org")])
    }

    /// The full report: three tables and one definition.
    static func report(language: ReportLanguage = .english) throws -> Report {
        Report(
            slug: "custody-report", language: language, metadata: metadata(),
            notes: [ReportNote(term: "Compliance rate", definition: "Share of recommendations met.", formula: "met / assessed")],
            tables: [try ranking(), try trend(), try empty()])
    }

    /// A report holding only `tables`.
    static func report(tables: [ReportTable]) -> Report {
        Report(slug: "small", metadata: metadata(), tables: tables)
    }

    /// A one-column text table with the given names and values.
    static func textTable(name: String, sheetName: String, values: [String?], header: String? = nil) throws -> ReportTable {
        let frame = try DataFrame(columns: [AnyColumn(name: "value", StringColumn(values))])
        return ReportTable(
            name: name, sheetName: sheetName, title: "Values", frame: frame,
            headers: header.map { ["value": $0] } ?? [:])
    }
}
