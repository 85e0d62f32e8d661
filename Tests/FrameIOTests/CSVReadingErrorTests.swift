import Foundation
import Frame
import FrameIO
import Testing

@Suite("CSV reader: errors name the file, line and column")
struct CSVReadingErrorTests {
    @Test func unterminatedQuotePointsWhereItOpened() {
        let error = Fixtures.error("a,b\n1,\"x\ny\"\n2,\"bad\n3,4\n")
        #expect(error == .unterminatedQuote(
            CSVLocation(path: "t.csv", line: 4, column: 2, columnName: "b")))
        #expect(error?.description == """
            t.csv:4:2: error: the quoted field that starts here in column 'b' is never closed
              4 | 2,"bad
            hint: add the closing quote; a quote inside a quoted field is written twice ("")
            """)
    }

    @Test func strayQuoteInUnquotedField() {
        let error = Fixtures.error("a,b\n1,5\" tall\n")
        #expect(error?.description == """
            t.csv:2:2: error: quote character inside an unquoted field in column 'b'
              2 | 1,5" tall
            hint: put the whole field in double quotes and write each quote inside it twice ("")
            """)
    }

    @Test func textAfterClosingQuote() {
        let error = Fixtures.error("a\n\"x\"y\n")
        #expect(error == .textAfterClosingQuote(
            CSVLocation(path: "t.csv", line: 2, column: 1, columnName: "a")))
        #expect(error?.description == """
            t.csv:2:1: error: text after the closing quote in column 'a'
              2 | "x"y
            hint: a quoted field ends at its closing quote; write a quote inside it twice ("")
            """)
    }

    @Test func tooManyFieldsCountsThemAll() {
        let error = Fixtures.error("a,b\n1,2\n1,2,3,4\n")
        #expect(error == .wrongNumberOfFields(
            CSVLocation(path: "t.csv", line: 3, column: 3), found: 4, expected: 2))
        #expect(error?.description == """
            t.csv:3:3: error: wrong number of fields: found 4, expected 2
              3 | 1,2,3,4
            hint: a value probably holds an unquoted ','; put that value in double quotes
            """)
    }

    @Test func tooFewFieldsNamesTheMissingColumn() {
        let error = Fixtures.error("a,b,c\n1,2\n")
        #expect(error?.description == """
            t.csv:2:3: error: wrong number of fields: found 2, expected 3 (no value for column 'c')
              2 | 1,2
            hint: the row is cut short or lost a field; every row needs 3 fields
            """)
    }

    @Test func fieldCountErrorUsesTheLineWhereTheRecordEnds() {
        let error = Fixtures.error("a,b,c\n\"x\ny\",2\n")
        #expect(error == .wrongNumberOfFields(
            CSVLocation(path: "t.csv", line: 3, column: 3, columnName: "c"), found: 2, expected: 3))
    }

    @Test func nulByte() {
        let error = readBytes(Array("a\nx".utf8) + [0] + Array("y\n".utf8))
        #expect(error?.description == """
            t.csv:2:1: error: NUL byte (0x00) in column 'a'
            hint: the file may be binary, or UTF-16 without a byte order mark: then say encoding:"utf-16"
            """)
    }

    @Test func invalidUTF8NamesTheByte() {
        let latin1 = readBytes(Array("name\nJos".utf8) + [0xE9] + Array("\n".utf8), encoding: .utf8)
        #expect(latin1?.description == """
            t.csv:2:1: error: invalid UTF-8 (byte 0xE9) in column 'name'
            hint: the file is probably Windows-1252 or Latin-1: say encoding:"windows-1252" (or "latin-1"), \
            or leave encoding out to have it detected
            """)
        let header = readBytes([0xC1] + Array("mbito\nx\n".utf8), encoding: .utf8)
        #expect(header == .invalidUTF8(CSVLocation(path: "t.csv", line: 1, column: 1), bytes: [0xC1]))
    }

    @Test func invalidUTF8SequencesAreCaught() {
        // Overlong, surrogate, beyond U+10FFFF, cut short at the end, and inside quotes.
        let cases: [[UInt8]] = [
            [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
            [0xE2, 0x82], [0x22, 0x80, 0x22],
        ]
        for bad in cases {
            let error = readBytes(Array("a,b\n1,".utf8) + bad, encoding: .utf8)
            guard case .invalidUTF8(let location, _)? = error else {
                Issue.record("no UTF-8 error for \(bad)")
                continue
            }
            #expect(location == CSVLocation(path: "t.csv", line: 2, column: 2, columnName: "b"))
        }
        let valid = try? CSVReader.read(bytes: Array("a\nñ€𝄞\n".utf8))
        #expect(valid.flatMap { Fixtures.strings($0.frame, "a") } == ["ñ€𝄞"])
    }

    @Test func cellThatIsNotADate() {
        let options = CSVReadingOptions(types: ["d": .date])
        let error = Fixtures.error("id,d\n1,2022-03-18\n2,soon\n", options: options)
        #expect(error == .failedToParse(
            CSVLocation(path: "t.csv", line: 3, column: 2, columnName: "d"), cell: "soon",
            expected: .date))
        #expect(error?.description == """
            t.csv:3:2: error: 'soon' in column 'd' is not a date; expected a date such as \
            2022-03-18, 18/03/2022 or 18 March 2022
            hint: correct the cell, add 'soon' to the null encodings if it means no data, \
            or read the column as string
            """)
    }

    @Test func parseErrorUsesTheLineOfTheOffendingField() {
        let options = CSVReadingOptions(types: ["d": .date])
        let text = "id,note,d\n1,\"a\nb\",2022-03-18\n2,\"c\nd\",later\n"
        let error = Fixtures.error(text, options: options)
        #expect(error?.location == CSVLocation(path: "t.csv", line: 5, column: 3, columnName: "d"))
    }

    @Test func otherForcedTypesExplainWhatTheyExpect() {
        let integer = Fixtures.error("n\n2.5\n", options: CSVReadingOptions(types: ["n": .int64]))
        #expect(integer?.message
            == "'2.5' in column 'n' is not an integer; expected an integer such as 42, -7 or 20.0")
        let number = Fixtures.error("n\n1,5 kg\n", options: CSVReadingOptions(delimiter: ";", types: ["n": .double]))
        #expect(number?.message == "'1,5 kg' in column 'n' is not a number; expected a number such "
            + "as 0.25, -3, 1e-3, 1.234,5 or 12,5%")
        let flag = Fixtures.error("b\nyes\n", options: CSVReadingOptions(types: ["b": .bool]))
        #expect(flag?.message
            == "'yes' in column 'b' is not a boolean; expected true/false, sí/no or sim/não, in any case")
    }

    @Test func emptyInput() {
        let expected = """
            t.csv: error: the file is empty: it has no header row and no data
            hint: a CSV file needs at least a header row; check that the export finished
            """
        #expect(Fixtures.error("")?.description == expected)
        #expect(Fixtures.error("\n\r\n\n") == .emptyFile(path: "t.csv"))
        #expect(readBytes([0xEF, 0xBB, 0xBF]) == .emptyFile(path: "t.csv"))
    }

    @Test func emptyFileOnDisk() throws {
        let directory = try Fixtures.temporaryDirectory()
        let path = directory.appendingPathComponent("empty.csv").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        #expect(throws: CSVReadingError.emptyFile(path: path)) { try CSVReader.read(path: path) }
    }

    @Test func missingFile() {
        let path = "/nonexistent-frameio/x.csv"
        #expect(throws: CSVReadingError.fileNotFound(path: path)) { try CSVReader.read(path: path) }
        #expect(CSVReadingError.fileNotFound(path: path).description == """
            /nonexistent-frameio/x.csv: error: file not found
            hint: check the path; a relative path starts from the current directory
            """)
    }

    @Test func directoryIsUnreadable() throws {
        let directory = try Fixtures.temporaryDirectory().path
        let error = CSVReadingError.unreadableFile(path: directory, reason: "it is a directory")
        #expect(throws: error) { try CSVReader.read(path: directory) }
        #expect(error.description == """
            \(directory): error: cannot read the file: it is a directory
            hint: check that the path names a regular file that you may read
            """)
    }

    @Test func unknownColumnSuggestsTheClosestName() {
        let options = CSVReadingOptions(columns: ["sent_cuont"])
        let error = Fixtures.error("id,sent_count\n1,2\n", options: options)
        #expect(error?.description == """
            t.csv: error: no column named 'sent_cuont' (columns: id, sent_count)
            hint: did you mean 'sent_count'?
            """)
        let typed = Fixtures.error("id\n1\n", options: CSVReadingOptions(types: ["when": .date]))
        #expect(typed == .unknownColumn(path: "t.csv", name: "when", available: ["id"]))
    }

    private func readBytes(_ bytes: [UInt8], encoding: CSVEncoding? = nil) -> CSVReadingError? {
        do {
            _ = try CSVReader.read(bytes: bytes, sourceName: "t.csv", options: CSVReadingOptions(encoding: encoding))
            return nil
        } catch {
            return error
        }
    }
}
