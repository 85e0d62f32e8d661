import Foundation
import Frame
import Testing
import TestSupport

/// Window functions over partitions and frames, against DuckDB's window functions
/// (`Fixtures/make_window_fixtures.py` writes the expected values): nulls, ties, empty frames,
/// one-row partitions, all-null columns, accented keys and an empty table.
@Suite struct WindowTests {
    struct Fixture: Decodable {
        struct Column: Decodable { let name: String, type: String, values: [Cell] }
        struct Order: Decodable { let column: String, descending: Bool, nullsFirst: Bool }
        struct Frame: Decodable { let kind: String, lower: Int?, upper: Int? }
        struct Result: Decodable {
            let function: String
            let column: String?
            let offset: Int?
            let buckets: Int?
            let `default`: Cell?
            let frame: Frame?
            let expected: [Cell]
        }
        struct Case: Decodable {
            let table: String
            let columns: [Column]
            let partition: [String]
            let order: Order?
            let results: [Result]
        }
        let cases: [Case]
    }

    /// A JSON cell: a number, a text or null.
    enum Cell: Decodable, CustomStringConvertible {
        case number(Double), text(String), null

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null } else if let n = try? container.decode(Double.self) { self = .number(n) } else {
                self = .text(try container.decode(String.self))
            }
        }

        var description: String {
            switch self {
            case .number(let n): n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n)
            case .text(let t): t
            case .null: ""
            }
        }
    }

    static let fixture: Fixture = {
        let path = Fixtures.path("Tests/FrameTests/Fixtures/window_expected.json")
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try! decoder.decode(Fixture.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }()

    @Test func coversTheEdgeCases() {
        let tables = Set(Self.fixture.cases.map(\.table))
        #expect(tables.isSuperset(of: ["ties", "all_null", "one_row_partitions", "empty", "long_sums"]))
    }

    @Test(arguments: fixture.cases.indices)
    func matchesDuckDB(_ index: Int) throws {
        let fixtureCase = Self.fixture.cases[index]
        let frame = try DataFrame(columns: fixtureCase.columns.map(Self.column))
        let order = fixtureCase.order.map { [SortKey($0.column, descending: $0.descending, nullsFirst: $0.nullsFirst)] } ?? []
        let windows = try WindowPartitions(frame, partitionBy: fixtureCase.partition, orderBy: order)
        for result in fixtureCase.results {
            let got = try Self.compute(result, windows, frame)
            #expect(got.count == result.expected.count)
            let gotCells = (0..<got.count).map { got[$0] == .null ? "" : got[$0].description }
            let same = zip(gotCells, result.expected).allSatisfy { sameCell($0, $1.description) }
            #expect(same, "\(fixtureCase.table) \(result.function) \(result.column ?? "") \(result.frame.map { "\($0.kind) \(String(describing: $0.lower))..\(String(describing: $0.upper))" } ?? ""): got \(gotCells), DuckDB gives \(result.expected.map(\.description))")
        }
    }

    @Test func sumsCompensateAcrossASlidingFrame() throws {
        let values: [Double?] = [1e16, 1, -1e16, 1, 1, 1]
        let frame = try DataFrame(columns: [AnyColumn(name: "x", Column<Double>(values))])
        let sums = try WindowPartitions(frame).aggregate([frame["x"]!], .sum, over: .rows(lower: -2, upper: 0))
        // A plain running total loses the 1 under 1e16, and keeps the loss once 1e16 leaves.
        #expect(sums[2] == .double(1))
        #expect(sums[5] == .double(3))
    }

    @Test func integerSumsReportOverflow() throws {
        let frame = try DataFrame(columns: [AnyColumn(name: "n", Column<Int64>(values: [.max, 1]))])
        #expect(throws: FrameError.overflow(column: "n")) {
            try WindowPartitions(frame).aggregate([frame["n"]!], .sum, over: .expanding)
        }
    }

    @Test func rangeNeedsOneNumericOrder() throws {
        let frame = try DataFrame(columns: [AnyColumn(name: "s", StringColumn(["a", "b"]))])
        let windows = try WindowPartitions(frame, orderBy: [SortKey("s")])
        #expect(throws: FrameError.self) { try windows.aggregate([frame["s"]!], .count, over: .range(lower: -1, upper: 0)) }
    }

    static func compute(_ result: Fixture.Result, _ windows: WindowPartitions, _ frame: DataFrame) throws -> AnyColumn {
        let column = result.column.flatMap { frame[$0] }
        let frameSpec: WindowFrame = switch result.frame?.kind {
        case "rows": .rows(lower: result.frame!.lower, upper: result.frame!.upper)
        case "range": .range(lower: result.frame!.lower.map(Double.init), upper: result.frame!.upper.map(Double.init))
        default: .partition
        }
        switch result.function {
        case "row_number": return AnyColumn(name: "", windows.rowNumbers())
        case "ntile": return AnyColumn(name: "", windows.ntiles(result.buckets!))
        case "competition", "dense", "ordinal", "average", "max" where result.frame == nil:
            return windows.ranks(RankMethod(rawValue: result.function)!)
        case "percent_rank": return AnyColumn(name: "", windows.percentRanks())
        case "cume_dist": return AnyColumn(name: "", windows.cumulativeDistribution())
        case "lag", "lead":
            let fallback: Value = switch result.default {
            case .number(let n)?: .int(Int64(n))
            case .text(let t)?: .string(t)
            default: .null
            }
            return result.function == "lag"
                ? try windows.lagging(column!, by: result.offset!, default: fallback)
                : try windows.leading(column!, by: result.offset!, default: fallback)
        case "first": return try windows.firstValues(column!, over: frameSpec)
        case "last": return try windows.lastValues(column!, over: frameSpec)
        default:
            let functions: [String: AggregateFunction] = [
                "count": .count, "count_valid": .countValid, "sum": .sum, "mean": .mean, "min": .min, "max": .max,
                "first_value": .first, "last_value": .last,
            ]
            return try windows.aggregate(column.map { [$0] } ?? [], functions[result.function]!, over: frameSpec)
        }
    }

    /// A fixture column as a frame column of the type it names.
    static func column(_ column: Fixture.Column) -> AnyColumn {
        let numbers = column.values.map { cell -> Double? in if case .number(let n) = cell { n } else { nil } }
        let texts = column.values.map { cell -> String? in if case .text(let t) = cell { t } else { nil } }
        switch column.type {
        case "int64": return AnyColumn(name: column.name, Column<Int64>(numbers.map { $0.map { Int64($0) } }))
        case "double": return AnyColumn(name: column.name, Column<Double>(numbers))
        case "date": return AnyColumn(name: column.name, Column<Day>(texts.map { $0.flatMap { Day(iso: $0) } }))
        default: return AnyColumn(name: column.name, StringColumn(texts))
        }
    }
}
