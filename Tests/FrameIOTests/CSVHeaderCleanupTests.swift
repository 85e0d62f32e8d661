import Foundation
import Frame
import FrameIO
import Testing

@Suite("CSV reader: header names are trimmed, made unique and renamed")
struct CSVHeaderCleanupTests {
    @Test func spacesAroundNamesAreTrimmedAndSaid() throws {
        let result = try Fixtures.read(" id ,name\t,,id\n1,a,b,c\n")
        #expect(result.frame.columnNames == ["id", "name", "column_3", "id_2"])
        #expect(result.warnings.map(\.description) == [
            "t.csv:1:1: warning: header ' id ' has spaces around it; named the column 'id'",
            "t.csv:1:2: warning: header 'name\t' has spaces around it; named the column 'name'",
            "t.csv:1:3: warning: header of column 3 is empty; named it 'column_3'",
            "t.csv:1:4: warning: header 'id' is repeated in column 4; renamed it 'id_2'",
        ])
    }

    @Test func renamesApplyToTheNamesAFileHas() throws {
        let options = CSVReadingOptions(renames: ["unidad penal": "unidad", "Unidad": "unidad", "año": "year"])
        let old = try Fixtures.read("unidad penal,n\nU1,3\n", options: options)
        let new = try Fixtures.read("Unidad,n\nU1,3\n", options: options)
        #expect(old.frame.columnNames == ["unidad", "n"])
        #expect(new.frame.columnNames == ["unidad", "n"])
    }

    @Test func renamingOntoAnExistingNameIsAnError() {
        let error = Fixtures.error("a,b\n1,2\n", options: CSVReadingOptions(renames: ["a": "b"]))
        #expect(error?.description == """
            t.csv: error: cannot rename column 'a' to 'b': the file already has a column 'b'
            hint: drop that rename, or rename the other column too
            """)
    }
}
