import Foundation
import Frame
import TestSupport

/// The expected values written by `Fixtures/make_fixtures.py` from Python's datetime, DuckDB and pandas.
struct FrameFixture: Decodable {
    struct DayNumber: Decodable { let date: String, days: Int32 }
    struct MonthShift: Decodable { let date: String, months: Int, result: String }
    struct Median: Decodable { let values: [Double?], median: Double? }
    struct Ranking: Decodable {
        let type: String
        let values: [RankValue?]
        let descending: Bool
        let eligible: [Bool?]?
        let competition: [Double?], dense: [Double?], average: [Double?], max: [Double?], ordinal: [Double?]
    }
    struct SortRow: Decodable { let a: Int64?, b: String?, c: Double? }
    struct Sort: Decodable {
        struct Key: Decodable { let column: String, descending: Bool, nullsFirst: Bool }
        let keys: [Key]
        let order: [Int]
    }
    struct LongSum: Decodable { let pattern: [Double], repeats: Int, fsum: Double, naive: Double }

    let days: [DayNumber]
    let invalidDates: [String]
    let addMonths: [MonthShift]
    let medians: [Median]
    let ranks: [Ranking]
    let sortRows: [SortRow]
    let sorts: [Sort]
    let longSum: LongSum

    static let shared: FrameFixture = {
        let path = Fixtures.path("Tests/FrameTests/Fixtures/frame_expected.json")
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try! decoder.decode(FrameFixture.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }()
}

/// A value to rank: a number or a text, as the fixture's JSON holds it.
enum RankValue: Decodable {
    case number(Double)
    case text(String)

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else {
            self = .text(try container.decode(String.self))
        }
    }
}

/// The values of a numeric column as optional doubles, for comparing with the fixture.
func numbers(_ column: AnyColumn) -> [Double?] {
    (0..<column.count).map { column[$0].doubleValue }
}
