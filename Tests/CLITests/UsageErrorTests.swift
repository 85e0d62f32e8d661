import Foundation
import Testing
import TestSupport

/// Mistakes on the command line exit with 64, say what is wrong on stderr and write nothing.
@Suite struct UsageErrorTests {
    static let cases: [(arguments: [String], message: String)] = [
        (["rn"], "Error: unknown command 'rn'. Did you mean 'run'?"),
        (["run", "--ot", "x"], "Error: unknown option '--ot'. Did you mean '--out'?"),
        (["run"], "Error: name a query file or a folder of them"),
        (["run", Oversight.query("pfd-custody-report"), "--param", "as_of"], "Error: --param takes name=value, not 'as_of'"),
        (["run", Oversight.query("pfd-custody-report"), "--param", "=2021-01-01"], "Error: --param takes name=value, not '=2021-01-01'"),
        (["run", "no-such.query"], "Error: no file or folder at 'no-such.query'"),
        (["run", Oversight.query("pfd-custody-report"), "--out"], "Error: missing value for option '--out'"),
        (["check", "--prams", "a=1"], "Error: unknown option '--prams'. Did you mean '--param'?"),
        (["describe"], "Error: describe takes one data file"),
        (["describe", Fixtures.path("Queries/data/pfd_state_custody_subset.csv"), "--format", "xml"], "Error: --format must be text or json, not 'xml'"),
    ]

    @Test(arguments: cases)
    func exitsWith64AndExplains(_ arguments: [String], _ message: String) throws {
        let folder = ScratchFolder()
        let result = try Oversight.run(arguments, in: folder.url)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.first.map(String.init) == message)
        #expect(lines.count == 2 && lines[1].hasPrefix("Usage: oversight "), "\(result.stderr)")
        #expect(folder.entries().isEmpty, "a usage error writes nothing")
    }
}
