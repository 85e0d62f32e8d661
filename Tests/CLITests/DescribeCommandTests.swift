import Foundation
import Testing
import TestSupport

/// `describe` profiles each column of a data file, as text or as JSON.
@Suite struct DescribeCommandTests {
    static let file = "Queries/data/pfd_state_custody_subset.csv"
    static let columns = [
        "column_1", "Unnamed: 0", "date_of_report", "ref", "coroner_name", "coroner_area", "category",
        "this_report_is_being_sent_to", "sent_count", "pdf_count", "responses", "yet_to_receive",
        "response_rate", "date_time", "late_time", "at_least_one_response", "late", "expected_number_bool",
    ]

    @Test func textListsEveryColumnWithTypeAndNulls() throws {
        let result = try Oversight.run(["describe", Self.file], in: Fixtures.packageRoot)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "\(Self.file): 232 rows, 18 columns")
        #expect(lines.count == 6 + Self.columns.count)
        #expect(lines[1...4] == ["encoding: utf-8 (found)", "delimiter: ',' (found)", "header: line 1", "skipped lines: 0 (found)"])
        let sentCount = try #require(lines.first { $0.hasPrefix("sent_count ") })
        #expect(sentCount.split(separator: " ").prefix(3) == ["sent_count", "int64", "86"])
        #expect(result.stderr.contains("header of column 1 is empty; named it 'column_1'"))
    }

    @Test func jsonParsesWithRowsAndColumns() throws {
        let result = try Oversight.run(["describe", Self.file, "--format", "json"], in: Fixtures.packageRoot)
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["rows"] as? Int == 232)
        #expect(object["path"] as? String == Self.file)
        let columns = try #require(object["columns"] as? [[String: Any]])
        #expect(columns.compactMap { $0["name"] as? String } == Self.columns)
        let sentCount = try #require(columns.first { $0["name"] as? String == "sent_count" })
        #expect(sentCount["type"] as? String == "int64")
        #expect(sentCount["null_count"] as? Int == 86)
        #expect(columns.first { $0["name"] as? String == "date_of_report" }?["type"] as? String == "date")
    }

    @Test func aMissingFileIsAUsageError() throws {
        let result = try Oversight.run(["describe", "Queries/data/missing.csv"], in: Fixtures.packageRoot)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("Error: no file at 'Queries/data/missing.csv'\n"))
    }

    @Test func aMalformedFileIsBadInput() throws {
        let folder = ScratchFolder()
        let path = try folder.write("bad.csv", "a,b\n1,2,3\n")
        let result = try Oversight.run(["describe", path], in: folder.url)
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("\(path):2:3: error: wrong number of fields: found 3, expected 2"))
    }
}
