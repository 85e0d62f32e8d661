import Frame
import Report

/// Tables with charts, for the Vega-Lite tests.
enum ChartFixtures {
    static func day(_ year: Int, _ month: Int, _ day: Int) -> Day { Day(year: year, month: month, day: day)! }

    static let metadata = ReportMetadata(
        title: "Custody oversight report", issuer: "Inspectorate of Custody", source: "Register, extract 42",
        licence: "OGL v3", period: day(2023, 1, 1)...day(2024, 3, 31), asOf: day(2024, 3, 31),
        generatedAt: 1_712_050_200, engineVersion: "0.1.0")

    /// A ranking: a missing rate, a NaN rate, a negative zero and float noise.
    static func ranking() throws -> ReportTable {
        let frame = try DataFrame(columns: [
            AnyColumn(name: "facility", StringColumn(["Centro \"A\"", "Centro B", "Centro C", "Centro D"])),
            AnyColumn(name: "compliance_rate", Column<Double>([0.1 + 0.2, nil, .nan, -0.0])),
            AnyColumn(name: "n_recommendations", Column<Int64>([34, 27, 40, 0])),
            AnyColumn(name: "score", Column<Double>([12.349, 0.29, 1, 2])),
            AnyColumn(name: "last_visit", Column<Day>([day(2024, 3, 31), nil, day(2023, 1, 1), day(2023, 2, 1)])),
        ])
        return ReportTable(
            name: "ranking", sheetName: "Ranking", title: "Compliance by facility",
            description: "Share of recommendations met.", frame: frame,
            columnFormats: ["compliance_rate": .percent, "score": .truncated(places: 2)],
            headers: ["facility": "Facility", "compliance_rate": "Compliance"],
            chart: ChartSpec(kind: .bar, x: "facility", y: "compliance_rate"))
    }

    /// Quarterly rates for two facilities.
    static func quarterly() throws -> ReportTable {
        let frame = try DataFrame(columns: [
            AnyColumn(name: "quarter_start", Column<Day>([day(2023, 1, 1), day(2023, 4, 1), day(2023, 1, 1), day(2023, 4, 1)])),
            AnyColumn(name: "facility", StringColumn(["Centro A", "Centro A", "Centro B", "Centro B"])),
            AnyColumn(name: "rate", Column<Double>([0.61, 0.64, 0.42, nil])),
        ])
        return ReportTable(
            name: "quarterly", sheetName: "Trend", title: "Quarterly compliance", frame: frame,
            columnFormats: ["rate": .percent],
            chart: ChartSpec(kind: .line, x: "quarter_start", y: "rate", series: "facility", xIsQuarter: true, xTitle: "Trimestre"))
    }
}
