import Foundation
import Testing

/// `--param name=value` overrides a query's `let` parameter; a value of the wrong type is bad input.
@Suite struct ParameterOverrideTests {
    static let query = Oversight.query("pfd-custody-report")

    /// The data rows of `overdue.csv` in an output folder (its lines end in CRLF).
    static func overdueRows(_ folder: ScratchFolder, _ out: String) throws -> [Substring] {
        let text = try String(contentsOfFile: folder.path("\(out)/pfd-custody-report/overdue.csv"), encoding: .utf8)
        return Array(text.split(whereSeparator: \.isNewline).dropFirst())
    }

    @Test func anEarlierAsOfDateGivesFewerOverdueReports() throws {
        let folder = ScratchFolder()
        let standard = try Oversight.run(["run", Self.query, "--out", folder.path("default")], in: folder.url)
        let earlier = try Oversight.run(
            ["run", Self.query, "--param", "as_of=2021-01-01", "--out", folder.path("earlier")], in: folder.url)
        #expect(standard.status == 0 && earlier.status == 0, "\(earlier.stderr)")
        let all = try Self.overdueRows(folder, "default")
        let fewer = try Self.overdueRows(folder, "earlier")
        #expect(!fewer.isEmpty)
        #expect(fewer.count < all.count)
        // The second field is issued_on: every overdue report was issued before the as-of date.
        for row in fewer {
            let issued = row.split(separator: ",", omittingEmptySubsequences: false)[1]
            #expect(issued < "2021-01-01", "\(row)")
        }
        #expect(try folder.snapshot("default") != folder.snapshot("earlier"))
    }

    @Test func aValueThatIsNotADateExitsWith65AndWritesNothing() throws {
        let folder = ScratchFolder()
        let result = try Oversight.run(
            ["run", Self.query, "--param", "as_of=tomorrow", "--out", folder.path("out")], in: folder.url)
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("\(Self.query):6:13: error: --param as_of=tomorrow: expected a date such as 2022-07-14"))
        #expect(folder.entries().isEmpty)
    }

    @Test func aBadValueIsTheOnlyErrorReported() throws {
        let folder = ScratchFolder()
        let result = try Oversight.run(["check", Self.query, "--param", "as_of=tomorrow"], in: folder.url)
        #expect(result.status == 65)
        #expect(result.errorLines.count == 1, "\(result.stderr)")
        #expect(!result.stderr.contains("unknown name 'as_of'"))
    }

    @Test func anUndeclaredParameterIsBadInput() throws {
        let folder = ScratchFolder()
        let result = try Oversight.run(["check", Self.query, "--param", "as_off=2021-01-01"], in: folder.url)
        #expect(result.status == 65)
        #expect(result.stderr.contains("the query declares no parameter 'as_off'"))
    }
}
