import Foundation
import Testing
import TestSupport

/// `check` compiles queries without running them: 0 when they are good, 65 with diagnostics when not.
@Suite struct CheckCommandTests {
    @Test func aGoodQueryIsOk() throws {
        let folder = ScratchFolder()
        let query = Oversight.query("pfd-custody-report")
        let result = try Oversight.run(["check", query], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "\(query): ok\n")
        #expect(result.errorLines.isEmpty)
        #expect(folder.entries().isEmpty, "check writes nothing")
    }

    @Test func aFolderChecksEveryQuery() throws {
        let folder = ScratchFolder()
        let result = try Oversight.run(["check", Fixtures.path("Queries")], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 3)
        #expect(result.stdout.contains("informe-trimestral.query: ok"))
        #expect(result.stdout.contains("occupancy-ranking.query: ok"))
        #expect(result.stdout.contains("pfd-custody-report.query: ok"))
    }

    @Test func aBadQueryExitsWith65AndPrintsTheDiagnostic() throws {
        let folder = ScratchFolder()
        try folder.write("data.csv", "id,sent_count\n1,4\n")
        let query = try folder.write("bad.query", """
            let t = (
              from "data.csv"
              filter sent_cont != null
            )
            export t to sheet "T"

            """)
        let result = try Oversight.run(["check", query], in: folder.url)
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == """
            \(query):3:10: error: unknown name 'sent_cont'
                  filter sent_cont != null
                         ^~~~~~~~~
            help: did you mean 'sent_count'?

            """)
        #expect(folder.entries() == ["bad.query", "data.csv"], "check writes nothing")
    }
}
