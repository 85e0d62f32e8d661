import Frame
import OversightStats
import Testing

@Suite struct SmallCountSuppressionTests {
    @Test func countsBelowTheThresholdAreHidden() {
        let counts = Column<Int64>([12, 3, nil, 0, 5, 4])
        let rule = SmallCountSuppression()
        let hidden = rule.suppressedCells(counts)
        #expect((0..<hidden.count).map { hidden[$0] } == [false, true, false, true, false, true])
        let shown = rule.display(counts)
        #expect((0..<shown.count).map { shown[$0] } == ["12", "[c]", nil, "[c]", "5", "[c]"])
    }

    @Test func thresholdAndZerosAreOptions() {
        let rule = SmallCountSuppression(threshold: 10, keepsZeros: true)
        #expect(!rule.suppresses(0) && rule.suppresses(9) && !rule.suppresses(10))
        #expect(SmallCountSuppression.marker == "[c]")
    }
}
