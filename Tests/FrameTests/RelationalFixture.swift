import Foundation
import Frame
import TestSupport

/// The cases written by `Fixtures/make_relational_fixtures.py` from DuckDB (and polars for
/// as-of joins forward and nearest): input frames, an operation, and the expected frame.
struct RelationalFixture: Decodable {
    /// One cell as JSON holds it.
    enum Cell: Decodable, Equatable {
        case null
        case bool(Bool)
        case number(Double)
        case text(String)

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let flag = try? container.decode(Bool.self) {
                self = .bool(flag)
            } else if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else {
                self = .text(try container.decode(String.self))
            }
        }
    }

    struct ColumnData: Decodable {
        let name: String
        let type: String
        let values: [Cell]

        /// The column the cells describe.
        var column: AnyColumn {
            func number(_ cell: Cell) -> Double? { if case .number(let n) = cell { n } else { nil } }
            func text(_ cell: Cell) -> String? { if case .text(let t) = cell { t } else { nil } }
            switch type {
            case "int64": return AnyColumn(name: name, Column<Int64>(values.map { number($0).map { Int64($0) } }))
            case "double": return AnyColumn(name: name, Column<Double>(values.map(number)))
            case "bool": return AnyColumn(name: name, Column<Bool>(values.map { if case .bool(let b) = $0 { b } else { nil } }))
            case "date": return AnyColumn(name: name, Column<Day>(values.map { text($0).flatMap { Day(iso: $0) } }))
            default: return AnyColumn(name: name, StringColumn(values.map(text)))
            }
        }
    }

    struct Aggregate: Decodable {
        let name: String
        let function: String
        let columns: [String]
        let p: Double?
        let sep: String?
    }

    struct Case: Decodable {
        let name: String
        let op: String
        let inputs: [String]
        let expected: [ColumnData]
        let keys: [[String]]?
        let groupKeys: [String]?
        let topKeys: [String]?
        let kind: String?
        let on: [String]?
        let by: [[String]]?
        let direction: String?
        let tolerance: Double?
        let columns: [String]?
        let offset: Int?
        let count: Int?
        let aggregates: [Aggregate]?
        let filterEmpty: Bool?
        let index: [String]?
        let names: String?
        let values: String?
        let function: String?
        let totals: [String]?
        let namesTo: String?
        let valuesTo: String?
        let column: String?
        let descending: Bool?

        enum CodingKeys: String, CodingKey {
            case name, op, inputs, expected, kind, on, by, direction, tolerance, columns, offset, count, aggregates
            case index, names, values, function, totals
            case keys, filterEmpty = "filter_empty", namesTo = "names_to", valuesTo = "values_to", column, descending
            case topKeys = "group_keys"
        }

        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decode(String.self, forKey: .name)
            op = try c.decode(String.self, forKey: .op)
            inputs = try c.decode([String].self, forKey: .inputs)
            expected = try c.decode([ColumnData].self, forKey: .expected)
            // `keys` holds pairs for joins and names for aggregates.
            keys = try? c.decodeIfPresent([[String]].self, forKey: .keys)
            groupKeys = try? c.decodeIfPresent([String].self, forKey: .keys)
            kind = try c.decodeIfPresent(String.self, forKey: .kind)
            on = try c.decodeIfPresent([String].self, forKey: .on)
            by = try c.decodeIfPresent([[String]].self, forKey: .by)
            direction = try c.decodeIfPresent(String.self, forKey: .direction)
            tolerance = try c.decodeIfPresent(Double.self, forKey: .tolerance)
            columns = try c.decodeIfPresent([String].self, forKey: .columns)
            offset = try c.decodeIfPresent(Int.self, forKey: .offset)
            count = try c.decodeIfPresent(Int.self, forKey: .count)
            aggregates = try c.decodeIfPresent([Aggregate].self, forKey: .aggregates)
            filterEmpty = try c.decodeIfPresent(Bool.self, forKey: .filterEmpty)
            index = try c.decodeIfPresent([String].self, forKey: .index)
            names = try c.decodeIfPresent(String.self, forKey: .names)
            values = try c.decodeIfPresent(String.self, forKey: .values)
            function = try c.decodeIfPresent(String.self, forKey: .function)
            totals = try c.decodeIfPresent([String].self, forKey: .totals)
            namesTo = try c.decodeIfPresent(String.self, forKey: .namesTo)
            valuesTo = try c.decodeIfPresent(String.self, forKey: .valuesTo)
            column = try c.decodeIfPresent(String.self, forKey: .column)
            descending = try c.decodeIfPresent(Bool.self, forKey: .descending)
            topKeys = try c.decodeIfPresent([String].self, forKey: .topKeys)
        }
    }

    let frames: [String: [ColumnData]]
    let cases: [Case]

    static let shared: RelationalFixture = {
        let path = Fixtures.path("Tests/FrameTests/Fixtures/relational_expected.json")
        return try! JSONDecoder().decode(RelationalFixture.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }()

    /// The input frame named `name`.
    func frame(_ name: String) throws -> DataFrame {
        try DataFrame(columns: frames[name]!.map(\.column))
    }
}
