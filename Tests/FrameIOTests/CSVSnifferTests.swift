import Foundation
import Frame
import FrameIO
import Testing

@Suite("CSV reader: delimiter and title rows are found and said")
struct CSVSnifferTests {
    @Test(arguments: [(";", ";"), ("\t", "\t"), ("|", "|"), (",", ",")])
    func delimiterIsFound(written: String, expected: String) throws {
        let text = ["id", "name", "n"].joined(separator: written) + "\n"
            + ["1", "\"a\(written)b\"", "2,5"].joined(separator: written == "," ? ";" : written) + "\n"
        let result = try Fixtures.read(written == "," ? "id,name,n\n1,\"a,b\",3\n2,c,4\n" : text)
        #expect(result.format.delimiter == Character(expected))
        #expect(result.format.delimiterDetected)
        #expect(result.frame.columnNames == ["id", "name", "n"])
    }

    @Test func aTieIsAnErrorThatNamesTheCandidates() {
        let error = Fixtures.error("a;b,c\n1;2,3\n4;5,6\n")
        #expect(error?.description == """
            t.csv: error: cannot tell the delimiter: ',' (2 columns) and ';' (2 columns) split the rows equally well
            hint: say which one: from "t.csv" delimiter:"," in a query, or oversight describe FILE --delimiter ','
            """)
        let chosen = try? Fixtures.read("a;b,c\n1;2,3\n", options: CSVReadingOptions(delimiter: ";"))
        #expect(chosen?.frame.columnNames == ["a", "b,c"])
    }

    @Test func titleRowsAboveTheHeaderAreSkippedAndSaid() throws {
        let text = "EFETIVO CARCERÁRIO DE 11/08/2020\n\nunidade,presos,vagas\nBangu 1,120,100\nBangu 2,80,90\n"
        let result = try Fixtures.read(text)
        #expect(result.frame.columnNames == ["unidade", "presos", "vagas"])
        #expect(Fixtures.integers(result.frame, "presos") == [120, 80])
        #expect(result.format.headerLine == 3 && result.format.skippedLines == 2)
        #expect(result.warnings.map(\.description) == [
            "t.csv:3:1: warning: the header is on line 3; skipped the 2 lines above it "
                + "('EFETIVO CARCERÁRIO DE 11/08/2020'); say skip:0 to read them, or skip:N"
        ])
        // Errors after the skipped lines keep the file's line numbers.
        let error = Fixtures.error(text + "Bangu 3,1\n")
        #expect(error?.location?.line == 6)
    }

    @Test func skipForcesTheNumberOfLines() throws {
        let text = "Report 2020,\n\nunidade,presos\nBangu 1,120\n"
        let none = Fixtures.error(text, options: CSVReadingOptions(skipLines: 0))
        #expect(none == nil)
        let two = try Fixtures.read(text, options: CSVReadingOptions(skipLines: 2))
        #expect(two.frame.columnNames == ["unidade", "presos"])
        #expect(!two.format.skipDetected && two.warnings.isEmpty)
    }

    @Test func aShortHeaderIsNotTakenForATitle() {
        let error = Fixtures.error("a,b\n1,2,3\n4,5,6\n")
        #expect(error == .wrongNumberOfFields(CSVLocation(path: "t.csv", line: 2, column: 3), found: 3, expected: 2))
    }
}
