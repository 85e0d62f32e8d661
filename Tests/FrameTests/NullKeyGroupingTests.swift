import Frame
import Testing

/// Grouping rows by keys: a null key is a group of its own, groups numbered by first appearance.
@Suite struct NullKeyGroupingTests {
    @Test func aNullTextKeyIsItsOwnGroup() throws {
        let frame = try DataFrame(columns: [AnyColumn(name: "k", StringColumn(["b", nil, "a", nil, "b"]))])
        let grouping = try RowGrouping(frame, keys: ["k"])
        #expect(grouping.groupCount == 3)
        #expect(grouping.groupOfRow == [0, 1, 2, 1, 0])
        #expect(grouping.firstRows == [0, 1, 2])
        #expect(grouping.rowsByGroup() == [[0, 4], [1, 3], [2]])
    }

    @Test func aNullNumberKeyIsItsOwnGroupAfterTheKeysBeforeIt() throws {
        let frame = try DataFrame(columns: [AnyColumn(name: "k", Column<Int64>([7, 7, nil, 3, nil]))])
        let grouping = try RowGrouping(frame, keys: ["k"])
        #expect(grouping.groupOfRow == [0, 0, 1, 2, 1])
        let counts = try grouping.aggregate(frame["k"]!, .count, name: "n")
        #expect(numbers(counts) == [2, 2, 1])
    }

    @Test func twoKeysGroupByTheirPairIncludingNulls() throws {
        let frame = try DataFrame(columns: [
            AnyColumn(name: "a", StringColumn(["x", "x", nil, "x", nil])),
            AnyColumn(name: "b", Column<Int64>([1, nil, 1, 1, 1])),
        ])
        let grouping = try RowGrouping(frame, keys: ["a", "b"])
        #expect(grouping.groupOfRow == [0, 1, 2, 0, 2])
        #expect(grouping.firstRows == [0, 1, 2])
    }

    @Test func negativeZeroGroupsWithZero() throws {
        let frame = try DataFrame(columns: [AnyColumn(name: "k", Column<Double>([0.0, -0.0, 1]))])
        #expect(try RowGrouping(frame, keys: ["k"]).groupOfRow == [0, 0, 1])
    }

    @Test func anUnknownKeyIsAnError() throws {
        let frame = try DataFrame(columns: [AnyColumn(name: "k", Column<Int64>([1]))])
        #expect(throws: FrameError.unknownColumn("q", available: ["k"])) { try RowGrouping(frame, keys: ["q"]) }
    }
}
