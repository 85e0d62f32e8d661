import Foundation
import Testing
import TestSupport

/// Every error a query can cause, as the user sees it: each `Errors/<name>.query` run from its
/// folder exits 65, prints exactly `<name>.expected` on stderr (the `file:line:col: error:` line,
/// the source line, the caret line, and `help:` where there is one) and writes nothing.
///
/// A case may add command-line arguments in `<name>.args`, one a line (for `--param` errors).
/// The folder's absolute path, which some messages name, is written `<Errors>` in the expected text.
/// `check_coverage.py` in the same folder checks that every error message has a case.
@Suite struct ErrorGoldenTests {
    static let folder = URL(fileURLWithPath: Fixtures.path("Tests/QueryEngineTests/Errors"))

    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".query") }.map { String($0.dropLast(".query".count)) }.sorted()
    }()

    /// The text of `<name>.<suffix>` in the folder, or `nil` when there is no such file.
    static func text(_ name: String, _ suffix: String) -> String? {
        try? String(contentsOf: folder.appendingPathComponent("\(name).\(suffix)"), encoding: .utf8)
    }

    /// `text` with the folder's absolute path (as given and with symbolic links resolved) as `<Errors>`.
    static func withStablePaths(_ text: String) -> String {
        [folder.path, folder.resolvingSymlinksInPath().path].reduce(text) { text, path in
            text.replacingOccurrences(of: path + "/", with: "<Errors>/")
        }
    }

    @Test func thereIsACaseForEachKindOfError() {
        #expect(Self.cases.count >= 200)
        #expect(Self.cases.allSatisfy { Self.text($0, "expected") != nil }, "every query has its expected text")
    }

    @Test(arguments: cases)
    func printsTheExpectedErrorAndWritesNothing(_ name: String) throws {
        let expected = try #require(Self.text(name, "expected"), "Errors/\(name).expected is missing")
        let extra = Self.text(name, "args").map { $0.split(separator: "\n").map(String.init) } ?? []
        let scratch = ScratchFolder()
        let out = scratch.path("out")
        let result = try Oversight.run(["run", "\(name).query"] + extra + ["--out", out], in: Self.folder)
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(Self.withStablePaths(result.stderr) == expected)
        #expect(scratch.entries().isEmpty, "nothing is written")
    }
}
