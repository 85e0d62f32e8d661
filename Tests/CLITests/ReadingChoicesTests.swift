import Foundation
import Testing
import TestSupport

/// `describe` and `query` say how a messy file was read, and stop with 65 and nothing written
/// when it cannot be.
@Suite struct ReadingChoicesTests {
    /// A Latin-1, semicolon-separated file with a title line above the header.
    static let latin1: [UInt8] = Array("Informe 2014\n\nprovincia;presos\nNeuqu".utf8) + [0xE9]
        + Array("n;1200\nC".utf8) + [0xF3] + Array("rdoba;9000\n".utf8)

    @Test func describeSaysEveryChoice() throws {
        let folder = ScratchFolder()
        try Data(Self.latin1).write(to: folder.url.appendingPathComponent("l.csv"))
        let result = try Oversight.run(["describe", "l.csv"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.prefix(5) == [
            "l.csv: 2 rows, 2 columns", "encoding: latin-1 (found)", "delimiter: ';' (found)",
            "header: line 3", "skipped lines: 2 (found)",
        ])
        #expect(result.stderr.contains("l.csv:4:1: warning: the file is not UTF-8 (byte 0xE9 here); read it as Latin-1"))
        #expect(result.stderr.contains("l.csv:3:1: warning: the header is on line 3; skipped the 2 lines above it"))
        let json = try Oversight.run(["describe", "l.csv", "--format", "json", "--encoding", "windows-1252"], in: folder.url)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let reading = try #require(object["reading"] as? [String: Any])
        #expect(reading["encoding"] as? String == "windows-1252")
        #expect(reading["encoding_detected"] as? Bool == false)
        #expect(reading["delimiter"] as? String == ";")
        #expect(reading["header_line"] as? Int == 3)
    }

    @Test func anAmbiguousDelimiterIsBadInput() throws {
        let folder = ScratchFolder()
        let path = try folder.write("t.csv", "a;b,c\n1;2,3\n")
        let result = try Oversight.run(["describe", path], in: folder.url)
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("error: cannot tell the delimiter: ',' (2 columns) and ';' (2 columns)"))
        #expect(try Oversight.run(["describe", path, "--delimiter", ";"], in: folder.url).status == 0)
    }

    @Test func invalidUTF8WhenAskedForIsBadInput() throws {
        let folder = ScratchFolder()
        try Data(Self.latin1).write(to: folder.url.appendingPathComponent("l.csv"))
        let result = try Oversight.run(["describe", "l.csv", "--encoding", "utf-8"], in: folder.url)
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("l.csv:4:1: error: invalid UTF-8 (byte 0xE9) in column 'provincia'"))
    }

    @Test func badRowsGoToTheSideFileOnlyWhenTheReadSucceeds() throws {
        let folder = ScratchFolder()
        _ = try folder.write("t.csv", "id,n\n1,10\n2,20,x\n3,30\n")
        let good = try Oversight.run(
            ["query", "from \"t.csv\" bad_rows:\"bad.csv\" | aggregate {total = sum n}", "--format", "csv"], in: folder.url)
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.contains("40"))
        #expect(good.stderr.contains("warning: 1 bad row written to"))
        #expect(try String(contentsOfFile: folder.path("bad.csv"), encoding: .utf8) == "2,20,x\n")

        _ = try folder.write("u.csv", "id,n\n1,10\n2,20,x\n3,\"open\n")
        let describeBad = try Oversight.run(["describe", "u.csv", "--bad-rows", "side.csv"], in: folder.url)
        #expect(describeBad.status == 0, "\(describeBad.stderr)")
        #expect(try String(contentsOfFile: folder.path("side.csv"), encoding: .utf8) == "2,20,x\n3,\"open\n")

        _ = try folder.write("v.csv", "id,n\n1,10\n2,20,x\n3,abc\n")
        let failing = try Oversight.run(["query", "from \"v.csv\" types:{n = int64} bad_rows:\"bad_v.csv\" | take 1"], in: folder.url)
        #expect(failing.status == 65)
        #expect(failing.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.path("bad_v.csv")), "nothing written")
    }
}
