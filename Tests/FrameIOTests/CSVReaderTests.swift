import Foundation
import Frame
import FrameIO
import Testing

@Suite("CSV reader: RFC 4180 structure")
struct CSVReaderTests {
    @Test func readsPlainRecords() throws {
        let frame = try Fixtures.read("name,count\nEssex,4\nSurrey,7\n").frame
        #expect(frame.columnNames == ["name", "count"])
        #expect(frame.rowCount == 2)
        #expect(Fixtures.strings(frame, "name") == ["Essex", "Surrey"])
        #expect(Fixtures.integers(frame, "count") == [4, 7])
    }

    @Test func readsQuotedFieldsWithDelimitersAndDoubledQuotes() throws {
        let text = "a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"\",\"\"\"\"\n"
        let frame = try Fixtures.read(text).frame
        #expect(Fixtures.strings(frame, "a") == ["x, y", nil])
        #expect(Fixtures.strings(frame, "b") == ["say \"hi\"", "\""])
    }

    @Test func keepsNewlinesInsideQuotes() throws {
        let text = "id,note\n1,\"line one\nline two\"\n2,\"a\r\nb\"\n"
        let frame = try Fixtures.read(text).frame
        #expect(Fixtures.strings(frame, "note") == ["line one\nline two", "a\r\nb"])
        #expect(Fixtures.integers(frame, "id") == [1, 2])
    }

    @Test func acceptsCRLFAndLFAndNoFinalNewline() throws {
        let crlf = try Fixtures.read("a,b\r\n1,x\r\n2,y").frame
        #expect(Fixtures.integers(crlf, "a") == [1, 2])
        #expect(Fixtures.strings(crlf, "b") == ["x", "y"])
        let mixed = try Fixtures.read("a,b\r\n1,\"x\"\r\n2,y\n").frame
        #expect(Fixtures.strings(mixed, "b") == ["x", "y"])
        let endsWithCR = try Fixtures.read("a,b\r\n1,\"x\"\r").frame
        #expect(Fixtures.strings(endsWithCR, "b") == ["x"])
        let unquotedEndsWithCR = try Fixtures.read("a,b\r\n1,x\r").frame
        #expect(Fixtures.strings(unquotedEndsWithCR, "b") == ["x"])
    }

    @Test func stripsByteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("año,n\nseñal,1\n".utf8)
        let frame = try CSVReader.read(bytes: bytes).frame
        #expect(frame.columnNames == ["año", "n"])
        #expect(Fixtures.strings(frame, "año") == ["señal"])
    }

    @Test func skipsBlankLinesButCountsThem() throws {
        let frame = try Fixtures.read("a,b\n\n1,2\r\n\r\n3,4\n\n").frame
        #expect(Fixtures.integers(frame, "a") == [1, 3])
        // The blank lines still count: the bad cell sits on physical line 5.
        let options = CSVReadingOptions(types: ["a": .int64])
        let error = Fixtures.error("a,b\n\n1,2\n\nx,3\n", options: options)
        #expect(error?.location?.line == 5)
    }

    @Test func blankLineInOneColumnFileIsANull() throws {
        let frame = try Fixtures.read("\nn\n1\n\r\n3\n").frame
        #expect(Fixtures.integers(frame, "n") == [1, nil, 3])
    }

    @Test func keepsTrailingEmptyFieldAsNull() throws {
        let frame = try Fixtures.read("a,b,c\n1,2,\n").frame
        #expect(Fixtures.strings(frame, "c") == [nil])
    }

    @Test func readsHeaderOnlyFileAsZeroRows() throws {
        let frame = try Fixtures.read("a,b\n").frame
        #expect(frame.rowCount == 0)
        #expect(frame.columns.map(\.dataType) == [.string, .string])
    }

    @Test func readsWithoutHeaderRow() throws {
        let options = CSVReadingOptions(hasHeaderRow: false)
        let frame = try Fixtures.read("1,x\n2,y\n", options: options).frame
        #expect(frame.columnNames == ["column_1", "column_2"])
        #expect(Fixtures.integers(frame, "column_1") == [1, 2])
    }

    @Test func readsOtherDelimiter() throws {
        let options = CSVReadingOptions(delimiter: ";")
        let frame = try Fixtures.read("a;b\n1,5 kg;\"x;y\"\n", options: options).frame
        #expect(Fixtures.strings(frame, "a") == ["1,5 kg"])
        #expect(Fixtures.strings(frame, "b") == ["x;y"])
    }

    @Test func buildsOnlyProjectedColumnsInRequestedOrder() throws {
        let options = CSVReadingOptions(columns: ["c", "a"])
        let frame = try Fixtures.read("a,b,c\n1,x,2022-01-01\n2,y,2022-01-02\n", options: options)
            .frame
        #expect(frame.columnNames == ["c", "a"])
        #expect(frame["b"] == nil)
        #expect(Fixtures.dates(frame, "c") == ["2022-01-01", "2022-01-02"])
    }

    @Test func projectionStillChecksStructureOfSkippedColumns() {
        let options = CSVReadingOptions(columns: ["a"])
        let error = Fixtures.error("a,b\n1,x\"y\n", options: options)
        #expect(error == .strayQuote(CSVLocation(path: "t.csv", line: 2, column: 2, columnName: "b")))
    }

    @Test func emptyProjectionKeepsRowCount() throws {
        let frame = try Fixtures.read("a\n1\n2\n", options: CSVReadingOptions(columns: [])).frame
        #expect(frame.columnCount == 0)
        #expect(frame.rowCount == 2)
    }

    @Test func readsFileThroughDataFrameInitializer() throws {
        let directory = try Fixtures.temporaryDirectory()
        let path = directory.appendingPathComponent("small.csv").path
        try Array("x,y\n1,2.5\n".utf8).withUnsafeBufferPointer { buffer in
            try Data(buffer: buffer).write(to: URL(fileURLWithPath: path))
        }
        let frame = try DataFrame(contentsOfCSVFile: path)
        #expect(Fixtures.doubles(frame, "y") == [2.5])
    }
}
