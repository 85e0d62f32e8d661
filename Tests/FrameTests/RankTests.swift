import Frame
import Testing

/// Ranks with ties, nulls and an eligibility mask, against pandas `Series.rank`.
@Suite struct RankTests {
    @Test(arguments: FrameFixture.shared.ranks.indices)
    func matchesPandas(_ index: Int) throws {
        let ranking = FrameFixture.shared.ranks[index]
        let column = Self.column(ranking)
        let eligible = ranking.eligible.map { Column<Bool>($0) }
        for method in RankMethod.allCases {
            let ranked = column.ranked(method: method, descending: ranking.descending, eligible: eligible)
            #expect(ranked.dataType == (method == .average ? .double : .int64))
            #expect(numbers(ranked) == Self.expected(ranking, method), "\(method) of \(ranking.values)")
        }
    }

    /// The ranks pandas gives for `method`.
    static func expected(_ ranking: FrameFixture.Ranking, _ method: RankMethod) -> [Double?] {
        switch method {
        case .competition: ranking.competition
        case .dense: ranking.dense
        case .ordinal: ranking.ordinal
        case .average: ranking.average
        case .max: ranking.max
        }
    }

    /// The fixture's values as a column of the type it names.
    static func column(_ ranking: FrameFixture.Ranking) -> AnyColumn {
        let numbers = ranking.values.map { value -> Double? in
            if case .number(let n)? = value { n } else { nil }
        }
        switch ranking.type {
        case "int64": return AnyColumn(name: "v", Column<Int64>(numbers.map { $0.map { Int64($0) } }))
        case "double": return AnyColumn(name: "v", Column<Double>(numbers))
        default:
            return AnyColumn(name: "v", StringColumn(ranking.values.map { value -> String? in
                if case .text(let t)? = value { t } else { nil }
            }))
        }
    }
}
