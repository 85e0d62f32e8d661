import Frame
import Testing

/// Misuses of the relational operators are reported with what was found and expected.
@Suite struct RelationalErrorTests {
    static let numbers = try! DataFrame(columns: [
        AnyColumn(name: "id", Column<Int64>([1, 2])), AnyColumn(name: "when", Column<Day>([Day(daysSinceEpoch: 1), nil])),
    ])
    static let texts = try! DataFrame(columns: [AnyColumn(name: "id", StringColumn(["1", "Güemes"]))])

    @Test func concatenatingTextOntoNumbersIsATypeMismatch() {
        #expect(throws: FrameError.typeMismatch(column: "id", expected: "int64", found: .string)) {
            try DataFrame(concatenating: [Self.numbers, Self.texts])
        }
    }

    @Test func renamingAMissingColumnNamesTheColumns() throws {
        #expect(throws: FrameError.unknownColumn("sent", available: ["id", "when"])) {
            try Self.numbers.renamed(["sent": "total"])
        }
        #expect(throws: FrameError.duplicateColumn("id")) { try Self.numbers.renamed(["when": "id"]) }
        #expect(try Self.numbers.renamed(["when": "fecha"]).columnNames == ["id", "fecha"])
    }

    @Test func joiningAnIntegerKeyToATextKeyIsATypeMismatch() {
        #expect(throws: FrameError.typeMismatch(column: "id", expected: "int64", found: .string)) {
            try Self.numbers.joined(Self.texts, on: [("id", "id")], kind: .full)
        }
    }

    @Test func anAsOfKeyMustBeOrderedAndOfOneKind() {
        #expect(throws: FrameError.typeMismatch(column: "when", expected: "the type of 'id' (int64)", found: .date)) {
            try Self.numbers.joinedAsOf(Self.numbers, on: ("id", "when"))
        }
        #expect(throws: FrameError.typeMismatch(column: "id", expected: "an integer, double or date key", found: .string)) {
            try Self.texts.joinedAsOf(Self.texts, on: ("id", "id"))
        }
    }

    @Test func pivotingLongerMixedTypesIsATypeMismatch() {
        #expect(throws: FrameError.typeMismatch(column: "id", expected: "int64", found: .date)) {
            try Self.numbers.pivotLonger(["id", "when"])
        }
    }

    @Test func slicesAreCutToTheFrame() {
        #expect(Self.numbers.slice(1...).rowCount == 1)
        #expect(Self.numbers.slice(5..<9).rowCount == 0)
        #expect(Self.numbers.head(0).rowCount == 0 && Self.numbers.tail(7).rowCount == 2)
    }

    @Test func aStringAggregateOfNumbersIsRejected() throws {
        let grouping = try RowGrouping(Self.numbers, keys: [])
        #expect(throws: FrameError.typeMismatch(column: "id", expected: "a type string_agg accepts", found: .int64)) {
            try grouping.aggregate(Self.numbers["id"]!, .joined(separator: ","), name: "ids")
        }
    }
}
