import Foundation
import Testing
import TestSupport

/// `run` on the bundled queries writes the files the README lists, the same bytes every time.
@Suite struct RunBundledQueriesTests {
    /// Each bundled query with the files the README says its folder holds.
    static let expectedFiles: [(query: String, files: Set<String>)] = [
        ("pfd-custody-report", [
            "pfd-custody-report.xlsx", "response_by_quarter.csv", "overdue.csv", "ageing.csv",
            "area_ranking.csv", "top_areas.csv", "response_by_quarter.vl.json", "top_areas.vl.json",
        ]),
        ("occupancy-ranking", [
            "occupancy-ranking.xlsx", "most_overcrowded.csv", "by_state.csv", "change.csv", "excluded.csv",
            "most_overcrowded.vl.json", "by_state.vl.json",
        ]),
    ]

    @Test(arguments: expectedFiles)
    func writesTheFilesTheReadmeLists(_ query: String, _ files: Set<String>) throws {
        let folder = ScratchFolder()
        let result = try Oversight.run(["run", Oversight.query(query), "--out", folder.path("out")], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("\(Oversight.query(query)) → \(folder.path("out"))/\(query)/\n"))
        #expect(folder.entries("out") == [query], "only the finished folder, no staging leftovers")
        #expect(Set(folder.entries("out/\(query)")) == files)
        for file in files {
            #expect(result.stdout.contains("\n  \(file)\n"), "stdout lists \(file)")
            let size = try FileManager.default.attributesOfItem(atPath: folder.path("out/\(query)/\(file)"))[.size] as? Int
            #expect((size ?? 0) > 0, "\(file) is not empty")
        }
        let workbook = try Data(contentsOf: URL(fileURLWithPath: folder.path("out/\(query)/\(query).xlsx")))
        #expect(workbook.starts(with: [0x50, 0x4B, 0x03, 0x04]), "the workbook is a zip archive")
    }

    @Test func aFolderRunsEveryQueryInIt() throws {
        let folder = ScratchFolder()
        let result = try Oversight.run(["run", Fixtures.path("Queries"), "--out", folder.path("out")], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(folder.entries("out") == ["informe-trimestral", "occupancy-ranking", "pfd-custody-report"])
    }

    @Test func twoRunsGiveByteIdenticalFiles() throws {
        let folder = ScratchFolder()
        for out in ["first", "second"] {
            let result = try Oversight.run(["run", Fixtures.path("Queries"), "--out", folder.path(out)], in: folder.url)
            #expect(result.status == 0, "\(result.stderr)")
        }
        let first = try folder.snapshot("first")
        let second = try folder.snapshot("second")
        #expect(first.keys.sorted() == second.keys.sorted())
        #expect(first.keys.filter { $0.hasSuffix(".xlsx") }.count == 3)
        for (file, bytes) in first {
            #expect(second[file] == bytes, "\(file) differs between runs")
        }
    }

    @Test func aSecondRunReplacesThePreviousFolder() throws {
        let folder = ScratchFolder()
        let out = folder.path("out")
        #expect(try Oversight.run(["run", Oversight.query("pfd-custody-report"), "--out", out], in: folder.url).status == 0)
        try folder.write("out/pfd-custody-report/stale.csv", "left from an older run\n")
        #expect(try Oversight.run(["run", Oversight.query("pfd-custody-report"), "--out", out], in: folder.url).status == 0)
        #expect(!folder.entries("out/pfd-custody-report").contains("stale.csv"))
        #expect(folder.entries("out") == ["pfd-custody-report"])
    }
}
