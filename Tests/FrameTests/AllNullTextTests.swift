import Frame
import Testing

/// An all-null text column has an empty dictionary; sorting, comparing and min/max over it
/// must treat every row as null, not look a code up (DuckDB gives nulls for all three).
@Suite struct AllNullTextTests {
    static let frame = try! DataFrame(columns: [
        AnyColumn(name: "k", StringColumn([nil, nil])),
        AnyColumn(name: "g", StringColumn(["a", "b"])),
    ])

    @Test func sortingKeepsTheRows() throws {
        let sorted = try Self.frame.sorted(by: [SortKey("k")])
        #expect(sorted.rowCount == 2)
        #expect(sorted["g"]?[0] == .string("a"))
    }

    @Test func comparingGivesNull() throws {
        let column = Self.frame["k"]!
        let result = try ComparisonOperator.less.apply(column, AnyColumn(name: "x", StringColumn(["b", "c"])))
        #expect(result.nullCount == 2)
    }

    @Test func minAndMaxAreNull() throws {
        let grouping = try RowGrouping(Self.frame, keys: ["g"])
        let smallest = try grouping.aggregate(Self.frame["k"]!, .min, name: "m")
        #expect(smallest.nullCount == 2)
        let largest = try grouping.aggregate(Self.frame["k"]!, .max, name: "m")
        #expect(largest.nullCount == 2)
    }
}
