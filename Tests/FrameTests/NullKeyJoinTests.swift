import Frame
import Testing

/// Joins on keys that hold nulls: a null key matches nothing, not even another null.
@Suite struct NullKeyJoinTests {
    static let left = try! DataFrame(columns: [
        AnyColumn(name: "k", Column<Int64>([1, nil, 2, 1])),
        AnyColumn(name: "l", StringColumn(["a", "b", "c", "d"])),
    ])
    static let right = try! DataFrame(columns: [
        AnyColumn(name: "k", Column<Int64>([nil, 1, 3, 1])),
        AnyColumn(name: "r", StringColumn(["n", "p", "q", "s"])),
    ])

    /// The rows of a frame as text cells, nulls as empty cells.
    static func rows(_ frame: DataFrame) -> [[String]] {
        (0..<frame.rowCount).map { row in frame.columns.map { $0[row] == .null ? "" : $0[row].description } }
    }

    @Test func innerJoinSkipsNullKeys() throws {
        let joined = try Self.left.joined(Self.right, on: [("k", "k")], kind: .inner)
        #expect(joined.columnNames == ["k", "l", "r"])
        #expect(Self.rows(joined) == [["1", "a", "p"], ["1", "a", "s"], ["1", "d", "p"], ["1", "d", "s"]])
    }

    @Test func leftJoinKeepsNullKeyRowsUnmatched() throws {
        let joined = try Self.left.joined(Self.right, on: [("k", "k")], kind: .left)
        #expect(Self.rows(joined) == [
            ["1", "a", "p"], ["1", "a", "s"], ["", "b", ""], ["2", "c", ""], ["1", "d", "p"], ["1", "d", "s"],
        ])
    }

    @Test func aNullInEitherOfTwoKeysMatchesNothing() throws {
        let left = try DataFrame(columns: [
            AnyColumn(name: "a", StringColumn(["x", nil, "x"])),
            AnyColumn(name: "b", Column<Int64>([nil, 1, 1])),
        ])
        let right = try DataFrame(columns: [
            AnyColumn(name: "a", StringColumn(["x", nil, "x"])),
            AnyColumn(name: "b", Column<Int64>([nil, 1, 1])),
            AnyColumn(name: "v", Column<Int64>([10, 20, 30])),
        ])
        let joined = try left.joined(right, on: [("a", "a"), ("b", "b")], kind: .inner)
        #expect(Self.rows(joined) == [["x", "1", "30"]])
    }

    @Test func clashingNamesGetASuffix() throws {
        let right = try Self.right.joined(
            try DataFrame(columns: [AnyColumn(name: "r", StringColumn(["p"])), AnyColumn(name: "k", Column<Int64>([1]))]),
            on: [("r", "r")])
        #expect(right.columnNames == ["k", "r", "k_right"])
    }
}
