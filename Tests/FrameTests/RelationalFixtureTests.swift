import Frame
import Testing

/// The relational operators replayed against DuckDB's (and polars') answers for the same
/// frames: joins of every kind, as-of joins, distinct, slices, concatenation, the grouped
/// aggregates, pivots and the summary.
@Suite struct RelationalFixtureTests {
    static let cases = RelationalFixture.shared.cases.map(\.name)

    @Test func everyOperationHasCases() {
        let ops = Set(RelationalFixture.shared.cases.map(\.op))
        #expect(ops == ["join", "asof", "distinct", "slice", "tail", "concatenate", "aggregate", "pivot_wider", "pivot_longer", "summary", "top_rows"])
    }

    @Test(arguments: cases)
    func matchesTheIndependentEngine(_ name: String) throws {
        let fixture = RelationalFixture.shared
        let testCase = fixture.cases.first { $0.name == name }!
        let result = try Self.run(testCase, fixture)
        let expected = testCase.expected.map(\.column)
        #expect(result.columnNames == expected.map(\.name), "\(name): columns")
        #expect(result.columns.map(\.dataType) == expected.map(\.dataType), "\(name): types")
        #expect(result.rowCount == expected.first?.count ?? 0, "\(name): rows")
        for (got, want) in zip(result.columns, expected) where got.count == want.count {
            for row in 0..<want.count {
                #expect(Self.same(got[row], want[row]), "\(name): \(want.name) row \(row): got \(got[row]), expected \(want[row])")
            }
        }
    }

    static func run(_ c: RelationalFixture.Case, _ fixture: RelationalFixture) throws -> DataFrame {
        let inputs = try c.inputs.map { try fixture.frame($0) }
        switch c.op {
        case "join":
            return try inputs[0].joined(inputs[1], on: c.keys!.map { ($0[0], $0[1]) }, kind: JoinKind(rawValue: c.kind!)!)
        case "asof":
            return try inputs[0].joinedAsOf(
                inputs[1], on: (c.on![0], c.on![1]), by: c.by!.map { ($0[0], $0[1]) },
                direction: AsOfDirection(rawValue: c.direction!)!, tolerance: c.tolerance)
        case "distinct":
            return try inputs[0].distinct(on: c.columns)
        case "slice":
            return inputs[0].slice(c.offset!..<(c.offset! + c.count!))
        case "tail":
            return inputs[0].tail(c.count!)
        case "concatenate":
            return try DataFrame(concatenating: inputs)
        case "aggregate":
            let frame = c.filterEmpty == true ? inputs[0].head(0) : inputs[0]
            let grouping = try RowGrouping(frame, keys: c.groupKeys!)
            var result = DataFrame(rowCount: grouping.groupCount)
            for key in c.groupKeys! { try result.append(frame[key]!.gathering(grouping.firstRows)) }
            for spec in c.aggregates! {
                let function = try #require(Self.function(spec.function, p: spec.p, separator: spec.sep))
                try result.append(try grouping.aggregate(spec.columns.map { frame[$0]! }, function, name: spec.name))
            }
            return result
        case "pivot_wider":
            var totals: PivotTotals = []
            if c.totals!.contains("row") { totals.insert(.row) }
            if c.totals!.contains("column") { totals.insert(.column) }
            return try inputs[0].pivotWider(
                index: c.index!, names: c.names!, values: c.values!,
                aggregate: try #require(Self.function(c.function!, p: nil, separator: nil)), totals: totals)
        case "pivot_longer":
            return try inputs[0].pivotLonger(c.columns!, namesTo: c.namesTo!, valuesTo: c.valuesTo!)
        case "summary":
            return try inputs[0].summary()
        case "top_rows":
            return try inputs[0].topRows(c.count!, by: c.column!, groupedBy: c.topKeys!, descending: c.descending!)
        default:
            Issue.record("unknown operation \(c.op)")
            return DataFrame()
        }
    }

    static func function(_ name: String, p: Double?, separator: String?) -> AggregateFunction? {
        switch name {
        case "count": .count
        case "count_distinct": .countDistinct
        case "sum": .sum
        case "mean": .mean
        case "median": .median
        case "quantile": .quantile(p!)
        case "variance": .variance
        case "stddev": .standardDeviation
        case "first": .first
        case "last": .last
        case "any": .any
        case "all": .all
        case "string_agg": .joined(separator: separator!)
        case "corr": .correlation
        default: nil
        }
    }

    /// Equal values, doubles to 1e-9 relative, and texts that read as the same number.
    static func same(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.double(let x), .double(let y)): return abs(x - y) <= 1e-9 * max(1, abs(x), abs(y))
        case (.string(let x), .string(let y)):
            if let u = Double(x), let v = Double(y) { return u == v }
            return x == y
        default: return a == b
        }
    }
}
