import Foundation
import Testing

/// `include "FILE"` brings another query file's definitions in; its paths stay relative to its
/// own folder and its errors name it.
@Suite struct IncludeTests {
    /// A folder with `defs/definiciones.query` (a parameter and a table read from
    /// `defs/data/t.csv`) and `report.query`, which includes it.
    static func folderWithDefinitions(_ definitions: String? = nil) throws -> ScratchFolder {
        let folder = ScratchFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("defs/data"), withIntermediateDirectories: true)
        try folder.write("defs/data/t.csv", "id,n\n1,4\n2,5\n3,6\n")
        try folder.write("defs/definiciones.query", definitions ?? """
            let minimo = 5

            let tabla = (
              from "data/t.csv"
              filter n >= minimo
            )

            """)
        try folder.write("report.query", """
            include "defs/definiciones.query"

            let result = (
              from tabla
              derive {m = n + minimo}
            )
            export result to sheet "Result"

            """)
        return folder
    }

    @Test func definitionsAndPathsComeFromTheIncludedFile() throws {
        let folder = try Self.folderWithDefinitions()
        let result = try Oversight.run(["run", "report.query", "--out", "out"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        // n >= 5 keeps rows 2 and 3; m = n + 5.
        let csv = try String(contentsOfFile: folder.path("out/report/result.csv"), encoding: .utf8)
        #expect(csv.split(whereSeparator: \.isNewline) == ["id,n,m", "2,5,10", "3,6,11"])
    }

    @Test func aParameterOverrideReachesTheIncludedFile() throws {
        let folder = try Self.folderWithDefinitions()
        let result = try Oversight.run(["run", "report.query", "--param", "minimo=6", "--out", "out"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let csv = try String(contentsOfFile: folder.path("out/report/result.csv"), encoding: .utf8)
        #expect(csv.split(whereSeparator: \.isNewline) == ["id,n,m", "3,6,12"])
    }

    @Test func sqlNamesTheIncludedFilesDataFromTheCurrentFolder() throws {
        let folder = try Self.folderWithDefinitions()
        let result = try Oversight.run(["sql", "report.query"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("read_csv('defs/data/t.csv'"))
    }

    @Test func anErrorInTheIncludedFileNamesItsLineAndColumn() throws {
        let folder = try Self.folderWithDefinitions("""
            let minimo = 5

            let tabla = (
              from "data/t.csv"
              filter nn >= minimo
            )

            """)
        let result = try Oversight.run(["check", "report.query"], in: folder.url)
        #expect(result.status == 65)
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        let at = try #require(lines.firstIndex { $0.hasPrefix("defs/definiciones.query:5:10: error: ") }, "\(result.stderr)")
        #expect(lines[at].contains("'nn'"))
        #expect(lines[at + 1] == "      filter nn >= minimo")
        #expect(lines[at + 2] == "             ^~")
    }

    @Test func aNameDefinedTwicePointsAtBothPlaces() throws {
        let folder = try Self.folderWithDefinitions()
        try folder.write("twice.query", """
            let minimo = 2
            include "defs/definiciones.query"

            """)
        let result = try Oversight.run(["check", "twice.query"], in: folder.url)
        #expect(result.status == 65)
        #expect(result.stderr.contains("defs/definiciones.query:1:1: error: 'minimo' is already defined, at twice.query:1:1"), "\(result.stderr)")
        #expect(result.stderr.contains("twice.query:1:1: note: 'minimo' is first defined here\n    let minimo = 2\n    ^~~~~~~~~~~~~~"))
    }

    @Test func anIncludeCycleIsAnError() throws {
        let folder = try Self.folderWithDefinitions("""
            include "../report.query"

            """)
        let result = try Oversight.run(["check", "report.query"], in: folder.url)
        #expect(result.status == 65)
        #expect(result.stderr.contains(
            "defs/definiciones.query:1:1: error: '../report.query' includes itself: report.query → definiciones.query → report.query"),
            "\(result.stderr)")
    }

    @Test func aMissingIncludedFileIsReportedAtTheInclude() throws {
        let folder = ScratchFolder()
        try folder.write("q.query", "include \"nowhere.query\"\n")
        let result = try Oversight.run(["check", "q.query"], in: folder.url)
        #expect(result.status == 65)
        #expect(result.stderr.contains("q.query:1:1: error: cannot read the included file 'nowhere.query': no file at nowhere.query"))
    }

    @Test func anIncludedFileHoldsOnlyDefinitions() throws {
        let folder = try Self.folderWithDefinitions("""
            let minimo = 5

            note "Mínimo" "Cinco."

            """)
        let result = try Oversight.run(["check", "report.query"], in: folder.url)
        #expect(result.status == 65)
        #expect(result.stderr.contains("defs/definiciones.query:3:1: error: an included file holds only 'let' definitions and 'include'"))
    }
}
