import Frame
import Testing

/// The interpolated median aggregate, against DuckDB's `quantile_cont(x, 0.5)`.
@Suite struct MedianTests {
    @Test(arguments: FrameFixture.shared.medians.indices)
    func matchesQuantileCont(_ index: Int) throws {
        let expected = FrameFixture.shared.medians[index]
        let column = AnyColumn(name: "x", Column<Double>(expected.values))
        let frame = try DataFrame(columns: [column])
        let grouping = try RowGrouping(frame, keys: [])
        let median = try grouping.aggregate(column, .median, name: "median")
        #expect(median.dataType == .double)
        #expect(numbers(median) == [expected.median], "median of \(expected.values)")
    }

    @Test func eachGroupHasItsOwnMedian() throws {
        let frame = try DataFrame(columns: [
            AnyColumn(name: "g", StringColumn(["a", "b", "a", "b", "a", "b"])),
            AnyColumn(name: "x", Column<Int64>([1, 10, 2, 20, 9, nil])),
        ])
        let grouping = try RowGrouping(frame, keys: ["g"])
        let median = try grouping.aggregate(frame["x"]!, .median, name: "median")
        #expect(numbers(median) == [2, 15])
    }
}
