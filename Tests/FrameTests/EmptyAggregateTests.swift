import Frame
import Testing

/// Aggregates over no rows: one group without keys (as SQL's aggregate without GROUP BY), none with keys.
@Suite struct EmptyAggregateTests {
    static let frame = try! DataFrame(columns: [
        AnyColumn(name: "k", StringColumn([])),
        AnyColumn(name: "n", Column<Int64>([])),
        AnyColumn(name: "x", Column<Double>([])),
    ])

    @Test func withoutKeysThereIsOneRowWithCountZeroAndNullSums() throws {
        let grouping = try RowGrouping(Self.frame, keys: [])
        #expect(grouping.groupCount == 1)
        let n = Self.frame["n"]!
        let x = Self.frame["x"]!
        #expect(try grouping.aggregate(n, .count, name: "c")[0] == .int(0))
        #expect(try grouping.aggregate(n, .countValid, name: "c")[0] == .int(0))
        for function in [AggregateFunction.sum, .mean, .min, .max, .median] {
            let result = try grouping.aggregate(n, function, name: "r")
            #expect(result.count == 1 && result[0] == .null, "\(function) of no integers")
            #expect(result.dataType == function.resultType(for: .int64))
        }
        #expect(try grouping.aggregate(x, .sum, name: "s")[0] == .null)
    }

    @Test func withKeysThereAreNoGroups() throws {
        let grouping = try RowGrouping(Self.frame, keys: ["k"])
        #expect(grouping.groupCount == 0)
        #expect(try grouping.aggregate(Self.frame["n"]!, .count, name: "c").count == 0)
        #expect(try grouping.aggregate(Self.frame["x"]!, .sum, name: "s").count == 0)
    }

    @Test func aGroupWhoseValuesAreAllNullSumsToNull() throws {
        let frame = try DataFrame(columns: [
            AnyColumn(name: "g", StringColumn(["a", "a", "b"])),
            AnyColumn(name: "n", Column<Int64>([1, 2, nil])),
            AnyColumn(name: "x", Column<Double>([0.5, nil, nil])),
        ])
        let grouping = try RowGrouping(frame, keys: ["g"])
        #expect(numbers(try grouping.aggregate(frame["n"]!, .sum, name: "s")) == [3, nil])
        #expect(numbers(try grouping.aggregate(frame["x"]!, .sum, name: "s")) == [0.5, nil])
        #expect(numbers(try grouping.aggregate(frame["n"]!, .countValid, name: "c")) == [2, 0])
    }
}
