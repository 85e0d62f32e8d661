import Foundation
import Frame
import FrameIO
import Testing

@Suite("CSV reader: bad rows stop the read, or go to a side file")
struct CSVBadRowsTests {
    static let text = "id,name,n\n1,a,10\n2,b\n3,c,30,x\n4,5\" tall,40\n5,\"unclosed,50\n6,f,60\n"

    @Test func withoutTheOptionTheFirstBadRowStops() {
        #expect(Fixtures.error(Self.text)?.description == """
            t.csv:3:3: error: wrong number of fields: found 2, expected 3 (no value for column 'n')
              3 | 2,b
            hint: the row is cut short or lost a field; every row needs 3 fields
            """)
    }

    @Test func badRowsGoVerbatimToTheSideFile() throws {
        let folder = try Fixtures.temporaryDirectory()
        let side = folder.appendingPathComponent("bad.csv").path
        let result = try Fixtures.read(Self.text, options: CSVReadingOptions(badRowsPath: side))
        #expect(Fixtures.integers(result.frame, "id") == [1, 6])
        #expect(Fixtures.integers(result.frame, "n") == [10, 60])
        let written = try String(contentsOfFile: side, encoding: .utf8)
        #expect(written == "2,b\n3,c,30,x\n4,5\" tall,40\n5,\"unclosed,50\n")
        #expect(result.format.badRowCount == 4 && result.format.badRowsPath == side)
        #expect(result.warnings.map(\.description) == [
            "t.csv:3:1: warning: 4 bad rows written to \(side) (lines 3, 4, 5, 6), not read"
        ])
    }

    @Test func laterErrorsKeepTheirLineNumbers() throws {
        let folder = try Fixtures.temporaryDirectory()
        let side = folder.appendingPathComponent("bad.csv").path
        let options = CSVReadingOptions(types: ["n": .int64], badRowsPath: side)
        let error = Fixtures.error("id,n\n1,2,3\n2,x\n", options: options)
        #expect(error?.location?.line == 3)
        #expect(!FileManager.default.fileExists(atPath: side), "nothing is written when the read fails")
    }

    @Test func aSideFileThatCannotBeWrittenIsAnError() {
        let options = CSVReadingOptions(badRowsPath: "/nonexistent-folder/bad.csv")
        guard case .cannotWriteBadRows(_, let sidePath, _)? = Fixtures.error("a,b\n1\n", options: options) else {
            Issue.record("no error")
            return
        }
        #expect(sidePath == "/nonexistent-folder/bad.csv")
    }
}
