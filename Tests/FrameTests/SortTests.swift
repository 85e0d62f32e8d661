import Frame
import Testing

/// Stable multi-key sorts with nulls placed explicitly, against DuckDB's `ORDER BY …, row`.
@Suite struct SortTests {
    static let frame: DataFrame = {
        let rows = FrameFixture.shared.sortRows
        return try! DataFrame(columns: [
            AnyColumn(name: "a", Column<Int64>(rows.map(\.a))),
            AnyColumn(name: "b", StringColumn(rows.map(\.b))),
            AnyColumn(name: "c", Column<Double>(rows.map(\.c))),
        ])
    }()

    @Test(arguments: FrameFixture.shared.sorts.indices)
    func matchesDuckDB(_ index: Int) throws {
        let expected = FrameFixture.shared.sorts[index]
        let keys = expected.keys.map { SortKey($0.column, descending: $0.descending, nullsFirst: $0.nullsFirst) }
        #expect(try Self.frame.sortedIndices(by: keys) == expected.order, "\(keys)")
    }

    @Test func sortedGathersTheRowsInThatOrder() throws {
        let keys = [SortKey("b"), SortKey("a", descending: true)]
        let sorted = try Self.frame.sorted(by: keys)
        let order = try Self.frame.sortedIndices(by: keys)
        #expect(sorted.rowCount == Self.frame.rowCount)
        for (position, row) in order.enumerated() {
            #expect(sorted["a"]![position] == Self.frame["a"]![row])
            #expect(sorted["b"]![position] == Self.frame["b"]![row])
        }
    }

    @Test func anUnknownKeyIsAnError() {
        #expect(throws: FrameError.unknownColumn("d", available: ["a", "b", "c"])) {
            try Self.frame.sortedIndices(by: [SortKey("d")])
        }
    }
}
