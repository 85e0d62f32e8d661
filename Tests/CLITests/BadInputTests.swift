import Foundation
import Testing

/// A bad data file or query exits with 65, names the file, line and column, and writes nothing:
/// a previous output folder stays exactly as it was.
@Suite struct BadInputTests {
    static let query = """
        let t = (
          from "data.csv"
          filter id > 0
        )
        export t to sheet "T"

        """

    static let dateQuery = """
        let t = (
          from "data.csv"
          derive {due = add_days issued_on 56}
        )
        export t to sheet "T"

        """

    /// Runs the good inputs into `out`, swaps in the bad ones and runs again; returns the second run.
    ///
    /// Checks on the way that the first run succeeded and the second left `out` as the first wrote it.
    static func runAfterGoodRun(
        _ folder: ScratchFolder, good: [String: String], bad: [String: String]
    ) throws -> CommandResult {
        for (name, text) in good { try folder.write(name, text) }
        let arguments = ["run", folder.path("t.query"), "--out", folder.path("out")]
        let first = try Oversight.run(arguments, in: folder.url)
        #expect(first.status == 0, "the good inputs run: \(first.stderr)")
        let before = try folder.snapshot("out")
        #expect(!before.isEmpty)
        for (name, text) in bad { try folder.write(name, text) }
        let second = try Oversight.run(arguments, in: folder.url)
        #expect(try folder.snapshot("out") == before, "the previous outputs are untouched")
        #expect(folder.entries("out") == ["t"], "no partial folder is left behind")
        let fresh = try Oversight.run(["run", folder.path("t.query"), "--out", folder.path("fresh")], in: folder.url)
        #expect(fresh.status == second.status && fresh.stderr == second.stderr)
        #expect(folder.entries("fresh").isEmpty, "a failed run creates no output folder")
        return second
    }

    /// Checks the result is exit 65 with one error line that starts with `place: error: `.
    static func expectOneError(_ result: CommandResult, at place: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 65, sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
        #expect(result.errorLines.count == 1, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.hasPrefix("\(place): error: "), "\(result.stderr)", sourceLocation: sourceLocation)
    }

    @Test func anUnterminatedQuoteInTheDataIsReportedAtTheQuote() throws {
        let folder = ScratchFolder()
        let result = try Self.runAfterGoodRun(
            folder,
            good: ["t.query": Self.query, "data.csv": "id,name\n1,abc\n2,def\n"],
            bad: ["data.csv": "id,name\n1,\"abc\n2,def\n"])
        Self.expectOneError(result, at: "\(folder.path("data.csv")):2:2")
        #expect(result.stderr.contains("never closed"))
    }

    /// Data rows `id,issued_on` with ISO dates, except `unknown` in the row before the last.
    static func dates(_ count: Int, badCell: Bool) -> String {
        let rows = (1...count).map { row in
            let day = row % 28 + 1
            let cell = badCell && row == count - 1 ? "unknown" : "2022-01-\(day < 10 ? "0" : "")\(day)"
            return "\(row),\(cell)\n"
        }
        return "id,issued_on\n" + rows.joined()
    }

    @Test(arguments: [4, 20])
    func aCellThatIsNotADateInADateColumnIsReportedAtTheCell(_ rows: Int) throws {
        let folder = ScratchFolder()
        let result = try Self.runAfterGoodRun(
            folder,
            good: ["t.query": Self.dateQuery, "data.csv": Self.dates(rows, badCell: false)],
            bad: ["data.csv": Self.dates(rows, badCell: true)])
        // The header is line 1, so data row n is on line n + 1; issued_on is column 2.
        Self.expectOneError(result, at: "\(folder.path("data.csv")):\(rows):2")
        #expect(result.stderr.contains("'unknown'"))
    }

    @Test func anUnknownColumnInTheQueryIsReportedWithASuggestion() throws {
        let folder = ScratchFolder()
        let result = try Self.runAfterGoodRun(
            folder,
            good: ["t.query": Self.query, "data.csv": "id,name\n1,abc\n2,def\n"],
            bad: ["t.query": Self.query.replacingOccurrences(of: "filter id > 0", with: "filter idd > 0")])
        Self.expectOneError(result, at: "\(folder.path("t.query")):3:10")
        #expect(result.stderr.contains("error: unknown name 'idd'"))
        #expect(result.stderr.contains("  filter idd > 0\n"))
        #expect(result.stderr.contains("help: did you mean 'id'?"))
    }
}
