import Frame
import FrameIO
import Testing

@Suite("CSV reader: header names")
struct CSVHeaderTests {
    @Test func namesEmptyHeaderCellsByPosition() throws {
        let result = try Fixtures.read(",a,\n1,2,3\n")
        #expect(result.frame.columnNames == ["column_1", "a", "column_3"])
        #expect(result.warnings == [
            .generatedColumnName(CSVLocation(path: "t.csv", line: 1, column: 1), name: "column_1"),
            .generatedColumnName(CSVLocation(path: "t.csv", line: 1, column: 3), name: "column_3"),
        ])
        #expect(result.warnings[0].description
            == "t.csv:1:1: warning: header of column 1 is empty; named it 'column_1'")
    }

    @Test func makesDuplicateNamesUnique() throws {
        let result = try Fixtures.read("ref,ref,x,ref\n1,2,3,4\n")
        #expect(result.frame.columnNames == ["ref", "ref_2", "x", "ref_3"])
        #expect(result.warnings.count == 2)
        #expect(result.warnings[0].description
            == "t.csv:1:2: warning: header 'ref' is repeated in column 2; renamed it 'ref_2'")
        #expect(Fixtures.integers(result.frame, "ref_3") == [4])
    }

    @Test func suffixNeverTakesANameUsedLaterInTheHeader() throws {
        let result = try Fixtures.read("a,a,a_2,column_4,\n1,2,3,4,5\n")
        #expect(result.frame.columnNames == ["a", "a_3", "a_2", "column_4", "column_5"])
        let clash = try Fixtures.read("column_1,\n1,2\n").frame
        #expect(clash.columnNames == ["column_1", "column_2"])
        let generatedClash = try Fixtures.read(",column_1\n1,2\n").frame
        #expect(generatedClash.columnNames == ["column_1_2", "column_1"])
    }

    @Test func keepsAccentsAndInnerSpacesExactly() throws {
        let frame = try Fixtures.read("Âmbito, Município | Total \nx,y\n").frame
        #expect(frame.columnNames == ["Âmbito", "Município | Total"])
    }

    @Test func reportsNoWarningsForCleanHeader() throws {
        #expect(try Fixtures.read("a,b\n1,2\n").warnings.isEmpty)
    }
}
