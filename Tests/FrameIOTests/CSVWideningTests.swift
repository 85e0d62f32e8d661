import Frame
import FrameIO
import Testing

/// The one pass reads each column as the narrowest type seen so far and widens it in place; a
/// file large enough for two parts checks that parts that saw different types agree.
@Suite("CSV reader: one pass, widening columns in place")
struct CSVWideningTests {
    /// About 6 MB, so the reader splits it into parts; the last row widens three columns.
    private static let rowCount = 300_000
    private static let text: String = {
        var lines = ["n,x,t,d,late"]
        lines.reserveCapacity(rowCount + 1)
        for row in 0..<rowCount - 1 {
            lines.append("\(row),\(row),\(row),2020-01-\(row % 18 + 10),\(row % 2 == 0 ? "" : "7")")
        }
        lines.append("\(rowCount - 1),0.5,abc,-,7.25")
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func laterValuesWidenEarlierOnes() throws {
        let frame = try Fixtures.read(Self.text).frame
        #expect(frame.rowCount == Self.rowCount)
        let x = try #require(Fixtures.doubles(frame, "x"))
        #expect(x.prefix(3) == [0, 1, 2])
        #expect(x.last == 0.5)
        #expect(x[123_456] == 123_456)
        let t = try #require(Fixtures.strings(frame, "t"))
        #expect(t[0] == "0" && t[200_000] == "200000" && t.last == "abc")
        guard case .string(let column)? = frame["t"]?.storage else { return }
        #expect(column.dictionary.prefix(2) == ["0", "1"])
        let d = try #require(Fixtures.dates(frame, "d"))
        #expect(d[0] == "2020-01-10" && d.last == .some(nil))
        let late = try #require(Fixtures.doubles(frame, "late"))
        #expect(late[0] == nil && late[1] == 7 && late.last == 7.25)
        #expect(Fixtures.integers(frame, "n")?.last == Int64(Self.rowCount - 1))
    }

    @Test func aTextColumnInOnePartMakesTheOtherPartsText() throws {
        let frame = try Fixtures.read(Self.text, options: CSVReadingOptions(columns: ["t", "n"])).frame
        #expect(frame.columnNames == ["t", "n"])
        #expect(Fixtures.strings(frame, "t")?[299_998] == "299998")
    }
}
