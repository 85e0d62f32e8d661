import Frame
import Testing

/// Grouping and aggregating enough rows that the work is split across threads and wide keys go
/// through the hash table, checked against plain dictionary-based reference computations.
@Suite struct GroupingAtScaleTests {
    /// A deterministic pseudo-random sequence (SplitMix64), so failures reproduce.
    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    static let rowCount = 300_000

    /// Keys: a text key with nulls, a small integer, a wide integer (hashed), a double.
    static let frame: DataFrame = {
        var random = SplitMix(state: 42)
        var text: [String?] = [], small: [Int64?] = [], wide: [Int64?] = [], real: [Double?] = [], value: [Double?] = []
        for _ in 0..<rowCount {
            text.append(random.below(50) == 0 ? nil : "k\(random.below(40))")
            small.append(Int64(random.below(30)))
            wide.append(random.below(100) == 0 ? nil : Int64(random.below(2000)) * 1_000_000_007)
            real.append(Double(random.below(5)) - 2)
            value.append(random.below(20) == 0 ? nil : Double(random.below(1000)) / 8)
        }
        return try! DataFrame(columns: [
            AnyColumn(name: "text", StringColumn(text)), AnyColumn(name: "small", Column<Int64>(small)),
            AnyColumn(name: "wide", Column<Int64>(wide)), AnyColumn(name: "real", Column<Double>(real)),
            AnyColumn(name: "value", Column<Double>(value)),
        ])
    }()

    /// The reference: group numbers by first appearance of the keys' values.
    static func referenceGroups(_ keys: [String]) -> (groups: [Int32], first: [Int]) {
        var lookup: [[Frame.Value]: Int32] = [:]
        var groups: [Int32] = []
        var first: [Int] = []
        let columns = keys.map { frame[$0]! }
        for row in 0..<frame.rowCount {
            let key = columns.map { $0[row] }
            if let group = lookup[key] {
                groups.append(group)
            } else {
                lookup[key] = Int32(first.count)
                groups.append(Int32(first.count))
                first.append(row)
            }
        }
        return (groups, first)
    }

    @Test(arguments: [["text"], ["text", "small"], ["wide"], ["small", "wide", "text"], ["real", "text", "wide"]])
    func groupsMatchTheReference(_ keys: [String]) throws {
        let grouping = try RowGrouping(Self.frame, keys: keys)
        let reference = Self.referenceGroups(keys)
        #expect(grouping.groupOfRow == reference.groups)
        #expect(grouping.firstRows == reference.first)
        #expect(grouping.groupCount == reference.first.count)
    }

    @Test func parallelSumsAndMediansMatchSequentialOnes() throws {
        let grouping = try RowGrouping(Self.frame, keys: ["text", "small"])
        let values = Self.frame["value"]!
        var groupValues = [[Double]](repeating: [], count: grouping.groupCount)
        for row in 0..<Self.frame.rowCount {
            if case .double(let v) = values[row] { groupValues[Int(grouping.groupOfRow[row])].append(v) }
        }
        let sums = numbers(try grouping.aggregate(values, .sum, name: ""))
        let medians = numbers(try grouping.aggregate(values, .median, name: ""))
        let maxima = numbers(try grouping.aggregate(values, .max, name: ""))
        for group in 0..<grouping.groupCount {
            let sorted = groupValues[group].sorted()
            // Eighths are exact in binary, so every order of summation gives the same sum.
            #expect(sums[group] == (sorted.isEmpty ? nil : sorted.reduce(0, +)))
            #expect(maxima[group] == sorted.last)
            let median = sorted.isEmpty ? nil : (sorted[(sorted.count - 1) / 2] + sorted[sorted.count / 2]) / 2
            #expect(medians[group] == median)
        }
    }

    @Test func topRowsAcrossThreadsKeepTiesInRowOrder() throws {
        let grouping = try RowGrouping(Self.frame, keys: ["small"])
        let values = Self.frame["value"]!
        let rows = try grouping.topRows(3, by: values, descending: false)
        var expected: [Int] = []
        for group in 0..<grouping.groupCount {
            let members = (0..<Self.frame.rowCount).filter { Int(grouping.groupOfRow[$0]) == group && !values.isNull(at: $0) }
            let ordered = members.sorted { a, b in
                let (x, y) = (values[a].doubleValue!, values[b].doubleValue!)
                return x != y ? x < y : a < b
            }
            expected += ordered.prefix(3)
        }
        #expect(rows == expected)
    }
}
