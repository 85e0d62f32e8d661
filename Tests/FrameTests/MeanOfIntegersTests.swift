import Frame
import Testing

/// The mean of integers: exact integer sums, and compensated doubles when a sum would overflow.
@Suite struct MeanOfIntegersTests {
    func means(_ keys: [String], _ values: [Int64?]) throws -> [Double?] {
        let frame = try DataFrame(columns: [
            AnyColumn(name: "g", StringColumn(keys)), AnyColumn(name: "x", Column<Int64>(values)),
        ])
        return numbers(try RowGrouping(frame, keys: ["g"]).aggregate(frame["x"]!, .mean, name: "mean"))
    }

    @Test func sumsBeyondDoublePrecisionStayExact() throws {
        // 2^53 + 1 is not a double; the exact sum 2^53 + 2 halves to 2^52 + 1.
        #expect(try means(["b", "b", "c"], [9_007_199_254_740_993, 1, nil]) == [4_503_599_627_370_497, nil])
    }

    @Test func overflowingSumsFallBackToDoubles() throws {
        #expect(try means(["a", "a"], [.max, .max]) == [Double(Int64.max)])
    }
}
