import Foundation
import Testing

/// `describe` says how each column's text was read, so a reader can check a guess it did not make.
@Suite struct DescribeReadingNotesTests {
    @Test func textNamesTheDateFormAndTheDecimalMark() throws {
        let folder = ScratchFolder()
        let path = try folder.write("us.csv", "on;amount\n03/31/2020;1.234,5\n12/01/2020;7,25\n")
        let result = try Oversight.run(["describe", path, "--delimiter", ";"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("on ") && $0.hasSuffix("mm/dd/yyyy") })
        #expect(lines.contains { $0.hasPrefix("amount ") && $0.hasSuffix("decimal ',', thousands '.'") })
    }

    @Test func jsonCarriesTheSameNotes() throws {
        let folder = ScratchFolder()
        let path = try folder.write("us.csv", "on,plain\n03/31/2020,x\n")
        let result = try Oversight.run(["describe", path, "--format", "json"], in: folder.url)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let columns = try #require(object["columns"] as? [[String: Any]])
        #expect(columns.map { $0["read_as"] as? String } == ["mm/dd/yyyy", ""])
    }
}
