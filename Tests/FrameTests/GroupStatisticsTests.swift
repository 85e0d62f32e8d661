import Foundation
import Frame
import TestSupport
import Testing

/// Grouped aggregates on a table with null keys and null values, against DuckDB's answers
/// written by `Fixtures/make_group_statistics.py`.
@Suite struct GroupStatisticsTests {
    struct Expected: Decodable {
        struct Group: Decodable {
            let g: String?, h: Int64?
            let sumX: Int64?, meanX: Double?, minX: Int64?, maxY: Double?, medianY: Double?
            let sdY: Double?, corrXy: Double?, count: Int64, firstRow: Int, top2YRows: [Int]
        }
        let rows: [[Value?]]
        let groups: [Group]

        /// A JSON cell: text, a whole number or another number.
        enum Value: Decodable {
            case text(String), integer(Int64), number(Double)
            init(from decoder: Decoder) throws {
                let c = try decoder.singleValueContainer()
                if let i = try? c.decode(Int64.self) { self = .integer(i) }
                else if let d = try? c.decode(Double.self) { self = .number(d) }
                else { self = .text(try c.decode(String.self)) }
            }
        }
    }

    static let expected: Expected = {
        let path = Fixtures.path("Tests/FrameTests/Fixtures/group_statistics_expected.json")
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try! decoder.decode(Expected.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }()

    static let frame: DataFrame = {
        let rows = expected.rows
        func text(_ v: Expected.Value?) -> String? { if case .text(let s) = v { s } else { nil } }
        func integer(_ v: Expected.Value?) -> Int64? { if case .integer(let i) = v { i } else { nil } }
        func number(_ v: Expected.Value?) -> Double? {
            switch v { case .integer(let i): Double(i); case .number(let d): d; default: nil }
        }
        return try! DataFrame(columns: [
            AnyColumn(name: "g", StringColumn(rows.map { text($0[0]) })),
            AnyColumn(name: "h", Column<Int64>(rows.map { integer($0[1]) })),
            AnyColumn(name: "x", Column<Int64>(rows.map { integer($0[2]) })),
            AnyColumn(name: "y", Column<Double>(rows.map { number($0[3]) })),
        ])
    }()

    let grouping = try! RowGrouping(GroupStatisticsTests.frame, keys: ["g", "h"])
    var groups: [Expected.Group] { Self.expected.groups }

    func close(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
    }

    @Test func groupsInOrderOfFirstAppearanceWithNullKeys() {
        #expect(grouping.groupCount == groups.count)
        #expect(grouping.firstRows == groups.map(\.firstRow))
    }

    @Test func sumsMeansAndExtremes() throws {
        let x = Self.frame["x"]!
        let y = Self.frame["y"]!
        #expect(numbers(try grouping.aggregate(x, .sum, name: "")) == groups.map { $0.sumX.map(Double.init) })
        #expect(zip(numbers(try grouping.aggregate(x, .mean, name: "")), groups).allSatisfy { close($0, $1.meanX) })
        #expect(numbers(try grouping.aggregate(x, .min, name: "")) == groups.map { $0.minX.map(Double.init) })
        #expect(numbers(try grouping.aggregate(y, .max, name: "")) == groups.map(\.maxY))
        #expect(numbers(try grouping.aggregate(y, .count, name: "")) == groups.map { Double($0.count) })
    }

    @Test func medianAsQuantileCont() throws {
        let medians = numbers(try grouping.aggregate(Self.frame["y"]!, .median, name: ""))
        #expect(zip(medians, groups).allSatisfy { close($0, $1.medianY) })
    }

    @Test func sampleStandardDeviation() throws {
        let sd = try grouping.standardDeviation(Self.frame["y"]!, name: "sd")
        #expect(sd.dataType == .double)
        #expect(zip(numbers(sd), groups).allSatisfy { close($0, $1.sdY) }, "\(numbers(sd))")
    }

    @Test func pearsonCorrelation() throws {
        let r = try grouping.correlation(Self.frame["x"]!, Self.frame["y"]!, name: "r")
        #expect(zip(numbers(r), groups).allSatisfy { close($0, $1.corrXy) }, "\(numbers(r))")
    }

    @Test func topTwoRowsPerGroup() throws {
        let rows = try grouping.topRows(2, by: Self.frame["y"]!, descending: true)
        #expect(rows == groups.flatMap(\.top2YRows))
    }

    @Test func statisticsRejectText() {
        #expect(throws: FrameError.self) { try grouping.standardDeviation(Self.frame["g"]!, name: "") }
        #expect(throws: FrameError.self) { try grouping.correlation(Self.frame["g"]!, Self.frame["x"]!, name: "") }
    }
}
