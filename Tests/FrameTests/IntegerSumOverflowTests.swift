import Frame
import Testing

/// A sum beyond 64 bits is an error, never a wrapped total (DuckDB widens to 128 bits and gives
/// 9223372036854775808 for the rows below; a wrapped sum would give a negative number).
@Suite struct IntegerSumOverflowTests {
    @Test func overflowingSumThrows() throws {
        let frame = try DataFrame(columns: [
            AnyColumn(name: "k", StringColumn(["a", "a", "b"])),
            AnyColumn(name: "x", Column<Int64>([Int64.max, 1, 5])),
        ])
        let grouping = try RowGrouping(frame, keys: ["k"])
        #expect(throws: FrameError.overflow(column: "x")) {
            try grouping.aggregate(frame["x"]!, .sum, name: "s")
        }
    }

    @Test func sumsNearTheLimitStayExact() throws {
        let frame = try DataFrame(columns: [AnyColumn(name: "x", Column<Int64>([Int64.max - 5, 2, 3]))])
        let total = try RowGrouping(frame, keys: []).aggregate(frame["x"]!, .sum, name: "s")
        #expect(total[0] == .int(Int64.max))
    }
}
