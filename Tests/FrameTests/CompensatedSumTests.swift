import Frame
import Testing

/// Neumaier-compensated summation, against Python's `math.fsum`.
@Suite struct CompensatedSumTests {
    static let sequence: [Double] = {
        let fixture = FrameFixture.shared.longSum
        return Array([[Double]](repeating: fixture.pattern, count: fixture.repeats).joined())
    }()

    @Test func matchesFsumWhereNaiveSummationLosesEverything() {
        var sum = CompensatedSum()
        for value in Self.sequence { sum.add(value) }
        let naive = Self.sequence.reduce(0, +)
        #expect(naive == FrameFixture.shared.longSum.naive)
        #expect(sum.value == FrameFixture.shared.longSum.fsum)
        #expect(sum.value != naive)
    }

    @Test func sumAndMeanAggregatesAreCompensated() throws {
        let column = AnyColumn(name: "x", Column<Double>(values: Self.sequence))
        let grouping = try RowGrouping(try DataFrame(columns: [column]), keys: [])
        let fsum = FrameFixture.shared.longSum.fsum
        #expect(numbers(try grouping.aggregate(column, .sum, name: "s")) == [fsum])
        #expect(numbers(try grouping.aggregate(column, .mean, name: "m")) == [fsum / Double(Self.sequence.count)])
    }
}
