import Foundation
import Testing

/// `--version`, `--help`, no arguments and `help <command>` print to stdout and succeed.
@Suite struct HelpTests {
    let folder = ScratchFolder()

    @Test func versionPrintsTheNameAndASemanticVersion() throws {
        let result = try Oversight.run(["--version"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout.wholeMatch(of: /oversight \d+\.\d+\.\d+\n/) != nil, "\(result.stdout)")
        #expect(result.stderr.isEmpty)
    }

    @Test func noArgumentsAndHelpFlagPrintTheOverview() throws {
        let bare = try Oversight.run([], in: folder.url)
        #expect(bare.status == 0)
        #expect(bare.stdout.hasPrefix("OVERVIEW: Turn prison-oversight data"))
        #expect(bare.stdout.contains("USAGE: oversight <command> [options]"))
        for command in ["run", "check", "describe", "help"] {
            #expect(bare.stdout.contains("\n  \(command) "), "the overview lists \(command)")
        }
        for flag in ["--help", "-h", "help"] {
            let result = try Oversight.run([flag], in: folder.url)
            #expect(result.status == 0)
            #expect(result.stdout == bare.stdout, "\(flag) prints the overview")
        }
        #expect(bare.stderr.isEmpty)
    }

    @Test func helpRunShowsItsOptions() throws {
        let result = try Oversight.run(["help", "run"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: oversight run <query file or folder>... [--param name=value]... [--out DIR]"))
        #expect(result.stdout.contains("--param name=value"))
        #expect(result.stdout.contains("--out DIR"))
        #expect(result.stdout.contains("Exit codes: 0 success, 1 failure, 64 usage error, 65 bad query or data."))
        #expect(try Oversight.run(["run", "--help"], in: folder.url).stdout == result.stdout)
    }

    @Test func helpDescribeShowsItsFormats() throws {
        let result = try Oversight.run(["help", "describe"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("OVERVIEW: Show each column of a data file"))
        #expect(result.stdout.contains("USAGE: oversight describe <data file> [--format text|json]"))
        #expect(try Oversight.run(["describe", "-h"], in: folder.url).stdout == result.stdout)
    }

    @Test func helpCheckSaysItWritesNothing() throws {
        let result = try Oversight.run(["help", "check"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: oversight check <query file or folder>..."))
        #expect(result.stdout.contains("writes nothing"))
    }
}
