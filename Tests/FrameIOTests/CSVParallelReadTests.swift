import Foundation
import Frame
import FrameIO
import Testing

/// Files large enough that the reader splits the records across threads: the result, the
/// dictionary order and the errors must be those of a sequential read.
@Suite("CSV reader: files read in parallel parts")
struct CSVParallelReadTests {
    /// A generated file of about 12 MB with quoted fields that hold commas, doubled quotes and
    /// newlines (so some line feeds are inside quotes), nulls, and repeated text.
    struct Generated {
        var text = "id,name,value,flag,day\n"
        var ids: [Int64?] = []
        var names: [String?] = []
        var values: [Double?] = []
        var flags: [Bool?] = []
        /// The physical line each record starts on.
        var lines: [Int] = []

        init(rows: Int) {
            var line = 2
            var names = (0..<700).map { "name \($0)" }
            names[3] = "comma, inside"
            names[5] = "quote \"inside\""
            names[7] = "two\nlines"
            for row in 0..<rows {
                lines.append(line)
                let id: Int64? = row % 97 == 0 ? nil : Int64(row) * 3 - 1000
                // Later rows bring new names, so the second part has strings the first lacks.
                let name: String? = row % 89 == 0 ? nil : names[(row * 7 + row / 1000) % names.count]
                let value: Double? = row % 13 == 0 ? nil : Double(row % 1000) / 4
                let flag: Bool? = row % 11 == 0 ? nil : row % 2 == 0
                text += id.map(String.init) ?? ""
                text += ","
                if let name {
                    let quoted = name.contains(",") || name.contains("\"") || name.contains("\n")
                    text += quoted ? "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : name
                    line += name.filter { $0 == "\n" }.count
                }
                text += "," + (value.map { String($0) } ?? (row % 2 == 0 ? "NA" : ""))
                text += "," + (flag.map { $0 ? "true" : "false" } ?? "")
                text += ",2024-01-\(String(format: "%02d", row % 28 + 1))\n"
                line += 1
                ids.append(id)
                self.names.append(name)
                values.append(value)
                flags.append(flag)
            }
        }
    }

    static let generated = Generated(rows: 260_000)

    @Test func readsTheSameAsTheRowsWritten() throws {
        let g = Self.generated
        #expect(g.text.utf8.count > 8 << 20, "the file must be large enough to be split")
        let frame = try CSVReader.read(string: g.text).frame
        #expect(frame.rowCount == g.ids.count)
        #expect(Fixtures.integers(frame, "id") == g.ids)
        #expect(Fixtures.strings(frame, "name") == g.names)
        #expect(Fixtures.doubles(frame, "value") == g.values)
        guard case .bool(let flags) = frame["flag"]?.storage else { Issue.record("flag is not boolean"); return }
        #expect((0..<flags.count).map { flags[$0] } == g.flags)
        #expect(frame["day"]?.dataType == .date)
    }

    @Test func dictionaryFollowsFirstAppearanceInTheWholeFile() throws {
        let g = Self.generated
        let frame = try CSVReader.read(string: g.text).frame
        guard case .string(let names) = frame["name"]?.storage else { Issue.record("name is not text"); return }
        var seen = Set<String>()
        let order = g.names.compactMap { $0 }.filter { seen.insert($0).inserted }
        #expect(names.dictionary == order)
    }

    @Test func errorInTheLastPartNamesItsLine() throws {
        let g = Self.generated
        var text = g.text
        text += "1,x,2.5,true,2024-01-01,extra\n"
        let line = g.lines.last! + 1
        #expect(throws: CSVReadingError.wrongNumberOfFields(
            CSVLocation(path: "<input>", line: line, column: 6, columnName: nil), found: 6, expected: 5)
        ) {
            try CSVReader.read(string: text)
        }
    }

    @Test func typeDecidedByACellInTheLastPart() throws {
        let g = Self.generated
        // One text cell at the very end turns the whole id column into text.
        let frame = try CSVReader.read(string: g.text + "not a number,x,1,true,2024-01-01\n").frame
        #expect(frame["id"]?.dataType == .string)
        #expect(Fixtures.strings(frame, "id") == g.ids.map { $0.map(String.init) } + ["not a number"])
    }
}
