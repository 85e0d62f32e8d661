import Foundation
import Frame
import Report
import Testing

/// The spec parsed back with Foundation, as a generic JSON object.
private func parsed(_ spec: VegaLiteSpec) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(spec.json.utf8))
    return try #require(object as? [String: Any])
}

@Suite("Vega-Lite specs")
struct VegaLiteSpecTests {
    @Test func rankingIsValidJSONWithSchemaAndAllRows() throws {
        let spec = try VegaLiteSpec(table: ChartFixtures.ranking(), metadata: ChartFixtures.metadata)
        let json = try parsed(spec)
        #expect(json["$schema"] as? String == "https://vega.github.io/schema/vega-lite/v5.json")
        let data = try #require(json["data"] as? [String: Any])
        #expect(data["name"] as? String == "ranking")
        let values = try #require(data["values"] as? [[String: Any]])
        #expect(values.count == 4)
        #expect(values[0]["facility"] as? String == "Centro \"A\"")
        #expect(values[0]["last_visit"] as? String == "2024-03-31")
        #expect(values[0]["compliance_rate"] as? Double == 0.3)
        #expect(values[0]["score"] as? Double == 12.34)
    }

    @Test func missingAndNonFiniteValuesAreExplicitNulls() throws {
        let spec = try VegaLiteSpec(table: ChartFixtures.ranking(), metadata: ChartFixtures.metadata)
        let values = try #require((try parsed(spec)["data"] as? [String: Any])?["values"] as? [[String: Any]])
        #expect(values[1]["compliance_rate"] is NSNull)
        #expect(values[2]["compliance_rate"] is NSNull)
        #expect(values[1]["last_visit"] is NSNull)
        #expect(!spec.json.contains("NaN") && !spec.json.contains("Infinity"))
        #expect(!spec.json.contains(": -0"))
        #expect(values[3]["compliance_rate"] as? Double == 0)
        #expect(spec.json.contains(#""n_recommendations": 34"#))  // integers stay integers
        #expect(spec.json.contains(#""filter": "isValid(datum['compliance_rate'])""#))
    }

    @Test func rankingKeepsTableOrderAndShowsRates() throws {
        let json = try parsed(try VegaLiteSpec(table: ChartFixtures.ranking(), metadata: ChartFixtures.metadata))
        #expect((json["mark"] as? [String: Any])?["type"] as? String == "bar")
        let encoding = try #require(json["encoding"] as? [String: Any])
        let y = try #require(encoding["y"] as? [String: Any])
        #expect(y["type"] as? String == "nominal")
        #expect(y["sort"] is NSNull)
        #expect(y["title"] as? String == "Facility")
        let x = try #require(encoding["x"] as? [String: Any])
        #expect(x["type"] as? String == "quantitative")
        #expect((x["axis"] as? [String: Any])?["format"] as? String == ".0%")
        #expect((x["scale"] as? [String: Any])?["domain"] as? [Int] == [0, 1])
        let tooltip = try #require(encoding["tooltip"] as? [[String: Any]])
        #expect(tooltip.count == 5)
        #expect(tooltip.map { $0["field"] as? String } == ["facility", "compliance_rate", "n_recommendations", "score", "last_visit"])
    }

    @Test func quarterlyLineBinsQuartersInUTC() throws {
        let json = try parsed(try VegaLiteSpec(table: ChartFixtures.quarterly(), metadata: ChartFixtures.metadata))
        let encoding = try #require(json["encoding"] as? [String: Any])
        let x = try #require(encoding["x"] as? [String: Any])
        #expect(x["type"] as? String == "temporal")
        #expect(x["title"] as? String == "Trimestre")
        let timeUnit = try #require(x["timeUnit"] as? [String: Any])
        #expect(timeUnit["unit"] as? String == "yearquarter")
        #expect(timeUnit["utc"] as? Bool == true)
        #expect((encoding["color"] as? [String: Any])?["field"] as? String == "facility")
        #expect((json["mark"] as? [String: Any])?["type"] as? String == "line")
    }

    @Test func provenanceIsInUsermeta() throws {
        let json = try parsed(try VegaLiteSpec(table: ChartFixtures.quarterly(), metadata: ChartFixtures.metadata))
        let meta = try #require(json["usermeta"] as? [String: Any])
        #expect(meta["source"] as? String == "Register, extract 42")
        #expect(meta["licence"] as? String == "OGL v3")
        #expect(meta["as_of"] as? String == "2024-03-31")
        #expect(meta["generated_at"] as? String == "2024-04-02T09:30:00Z")
        #expect(meta["engine_version"] as? String == "0.1.0")
        #expect(meta["report_title"] as? String == "Custody oversight report")
    }

    @Test func spanishSpecsUseDecimalCommas() throws {
        let spanish = try parsed(try VegaLiteSpec(table: ChartFixtures.quarterly(), metadata: ChartFixtures.metadata, language: .spanish))
        let number = try #require(((spanish["config"] as? [String: Any])?["locale"] as? [String: Any])?["number"] as? [String: Any])
        #expect(number["decimal"] as? String == ",")
        #expect(number["thousands"] as? String == ".")
        let english = try parsed(try VegaLiteSpec(table: ChartFixtures.quarterly(), metadata: ChartFixtures.metadata))
        #expect(english["config"] == nil)
    }

    @Test func keysAreSortedAtEveryLevel() throws {
        let text = try VegaLiteSpec(table: ChartFixtures.ranking(), metadata: ChartFixtures.metadata).json
        let topLevel = text.matches(of: /\n  "([^"]+)":/).map { String($0.1) }
        #expect(topLevel.count == 8)
        #expect(topLevel == topLevel.sorted())
        #expect(topLevel.first == "$schema")
        let record = try #require(text.firstMatch(of: /\{"compliance_rate"[^\n]*\}/)).0
        let keys = record.matches(of: /"([a-z_]+)":\s/).map { String($0.1) }
        #expect(keys == ["compliance_rate", "facility", "last_visit", "n_recommendations", "score"])
    }

    @Test func sameInputGivesSameBytes() throws {
        let first = try VegaLiteSpec(table: ChartFixtures.quarterly(), metadata: ChartFixtures.metadata)
        let second = try VegaLiteSpec(table: ChartFixtures.quarterly(), metadata: ChartFixtures.metadata)
        #expect(Data(first.json.utf8) == Data(second.json.utf8))
        #expect(first.json.hasSuffix("}\n"))
    }

    @Test func tablesWithoutAChartOrItsColumnsAreRefused() throws {
        var table = try ChartFixtures.ranking()
        table.chart = nil
        #expect(throws: VegaLiteError.noChart(table: "ranking")) {
            try VegaLiteSpec(table: table, metadata: ChartFixtures.metadata)
        }
        table.chart = ChartSpec(kind: .line, x: "facility", y: "rate", series: "region")
        #expect(throws: VegaLiteError.unknownColumn(table: "ranking", column: "rate")) {
            try VegaLiteSpec(table: table, metadata: ChartFixtures.metadata)
        }
    }

    @Test func fieldNamesWithDotsAreEscaped() throws {
        let frame = try DataFrame(columns: [
            AnyColumn(name: "unit.name", StringColumn(["a"])), AnyColumn(name: "it's", Column<Int64>([1])),
        ])
        let table = ReportTable(
            name: "odd", sheetName: "Odd", title: "Odd", frame: frame,
            chart: ChartSpec(kind: .bar, x: "unit.name", y: "it's"))
        let json = try VegaLiteSpec(table: table, metadata: ChartFixtures.metadata).json
        #expect(json.contains(#""field": "unit\\.name""#))
        #expect(json.contains(#""filter": "isValid(datum['it\\'s'])""#))
    }
}
