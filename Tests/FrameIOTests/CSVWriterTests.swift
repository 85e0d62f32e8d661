import Foundation
import Frame
import FrameIO
import Testing

@Suite("CSV writer")
struct CSVWriterTests {
    private func frame(_ columns: [AnyColumn]) throws -> DataFrame {
        try DataFrame(columns: columns)
    }

    @Test func quotesFieldsThatNeedItAndEndsLinesWithCRLF() throws {
        let text = try frame([
            AnyColumn(name: "note", StringColumn(["a,b", "say \"hi\"", "two\nlines", "cr\rhere", "plain"])),
        ]).csvRepresentation()
        #expect(text == "note\r\n\"a,b\"\r\n\"say \"\"hi\"\"\"\r\n\"two\nlines\"\r\n\"cr\rhere\"\r\nplain\r\n")
    }

    @Test func escapesFormulasInTextButNeverInNumbers() throws {
        let text = try frame([
            AnyColumn(name: "text", StringColumn([
                "=HYPERLINK(\"http://x\",\"click\")", "-abc", "+1", "@SUM(A1)", "\tx", "\rx", "'=done",
            ])),
            AnyColumn(name: "n", Column<Int64>([-5, 1, 2, 3, 4, 5, 6])),
            AnyColumn(name: "x", Column<Double>([-2.5, 0, 0, 0, 0, 0, 0])),
        ]).csvRepresentation()
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[1] == "\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",-5,-2.5")
        #expect(lines[2] == "'-abc,1,0.0")
        #expect(lines[3] == "'+1,2,0.0")
        #expect(lines[4] == "'@SUM(A1),3,0.0")
        #expect(lines[5] == "'\tx,4,0.0")
        #expect(text.contains("\r\n\"'\rx\",5,0.0\r\n"))
        // Idempotent: an already escaped field is left alone.
        #expect(text.hasSuffix("\r\n'=done,6,0.0\r\n"))
    }

    @Test func escapesHeaderNamesToo() throws {
        let text = try frame([AnyColumn(name: "=cmd", Column<Int64>([1]))]).csvRepresentation()
        #expect(text == "'=cmd\r\n1\r\n")
    }

    @Test func formulaEscapingCanBeTurnedOff() throws {
        let options = CSVWritingOptions(escapesFormulas: false)
        let text = try frame([AnyColumn(name: "f", StringColumn(["=1+2"]))])
            .csvRepresentation(options: options)
        #expect(text == "f\r\n=1+2\r\n")
    }

    @Test func writesEachTypeInItsDocumentedForm() throws {
        let text = try frame([
            AnyColumn(name: "i", Column<Int64>([42, nil, Int64.min, 0, 7])),
            AnyColumn(name: "d", Column<Double>([0.1, 3, 1e-5, -0.0, .nan])),
            AnyColumn(name: "b", Column<Bool>([true, false, nil, true, false])),
            AnyColumn(name: "day", Column<Day>([Day(year: 2022, month: 3, day: 18), nil, nil, nil, nil])),
            AnyColumn(name: "s", StringColumn(["x", nil, "", "é", "y"])),
        ]).csvRepresentation()
        #expect(text == """
            i,d,b,day,s\r
            42,0.1,true,2022-03-18,x\r
            ,3.0,false,,\r
            -9223372036854775808,1e-05,,,\r
            0,0.0,true,,é\r
            7,,false,,y\r

            """)
    }

    @Test func byteOrderMarkAndHeaderAreOptional() throws {
        let data = try frame([AnyColumn(name: "a", Column<Int64>([1]))])
        #expect(CSVWriter.encode(data, options: CSVWritingOptions(includesByteOrderMark: true))
            == [0xEF, 0xBB, 0xBF] + Array("a\r\n1\r\n".utf8))
        #expect(CSVWriter.string(data, options: CSVWritingOptions(includesHeader: false)) == "1\r\n")
        #expect(CSVWriter.string(data).utf8.first == UInt8(ascii: "a"))
    }

    @Test func roundTripsThroughTheReader() throws {
        let original = try frame([
            AnyColumn(name: "id", Column<Int64>([1, 2, nil, -4])),
            AnyColumn(name: "rate", Column<Double>([0.1, nil, 2.5, 1e-7])),
            AnyColumn(name: "ok", Column<Bool>([true, false, nil, true])),
            AnyColumn(name: "on", Column<Day>([
                Day(year: 2022, month: 3, day: 18), Day(year: 1999, month: 12, day: 31), nil,
                Day(year: 2024, month: 2, day: 29),
            ])),
            AnyColumn(name: "note, with comma", StringColumn(["a \"b\"", "line\r\nbreak", nil, "Neuquén"])),
        ])
        let bytes = CSVWriter.encode(original, options: CSVWritingOptions(includesByteOrderMark: true))
        let read = try CSVReader.read(bytes: bytes).frame
        #expect(read.columnNames == original.columnNames)
        #expect(read.columns.map(\.dataType) == original.columns.map(\.dataType))
        for column in original.columns {
            let copy = try #require(read[column.name])
            #expect((0..<4).map { copy[$0] } == (0..<4).map { column[$0] })
        }
    }

    @Test func writesFileAndReplacesOldOne() throws {
        let directory = try Fixtures.temporaryDirectory()
        let path = directory.appendingPathComponent("out.csv").path
        try Data("old content that is longer than the new one".utf8).write(to: URL(fileURLWithPath: path))
        try frame([AnyColumn(name: "a", Column<Int64>([1, 2]))]).writeCSV(to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "a\r\n1\r\n2\r\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.csv"])
    }

    @Test func failedWriteLeavesNoFileBehind() throws {
        let data = try frame([AnyColumn(name: "a", Column<Int64>([1]))])
        let missing = "/nonexistent-frameio-dir/out.csv"
        #expect(throws: CSVWritingError.self) { try CSVWriter.write(data, to: missing) }
        #expect(!FileManager.default.fileExists(atPath: missing))

        // The target is a directory: the rename fails and the temporary file is removed.
        let directory = try Fixtures.temporaryDirectory()
        let target = directory.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        #expect(FileManager.default.createFile(atPath: target.appendingPathComponent("x").path, contents: nil))
        do {
            try CSVWriter.write(data, to: target.path)
            Issue.record("writing over a directory succeeded")
        } catch {
            #expect(error.description.hasPrefix("\(target.path): error: cannot write the CSV file: "))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["taken"])
    }
}
