import OversightStats
import Testing

@Suite struct FunnelLimitsTests {
    /// scipy: `norm.ppf` for the normal limits, `binom.ppf`/`binom.cdf` for the exact ones.
    @Test(arguments: ReferenceValues.shared.funnel.indices)
    func matchScipy(_ index: Int) {
        let expected = ReferenceValues.shared.funnel[index]
        let label = "p0 \(expected.target) n \(expected.trials) level \(expected.level)"
        let normal = FunnelLimits(target: expected.target, trials: expected.trials, level: expected.level)
        #expect(abs(normal.lower - expected.normal[0]) < 1e-12 && abs(normal.upper - expected.normal[1]) < 1e-12, "\(label)")
        let exact = FunnelLimits(
            target: expected.target, trials: expected.trials, level: expected.level, method: .exactBinomial)
        #expect(abs(exact.lower - expected.exactBinomial[0]) < 1e-12, "\(label) exact lower")
        #expect(abs(exact.upper - expected.exactBinomial[1]) < 1e-12, "\(label) exact upper")
    }

    @Test func limitsWidenWithLevelAndNarrowWithSize() {
        let small = FunnelLimits(target: 0.35, trials: 20, level: 0.95)
        let wide = FunnelLimits(target: 0.35, trials: 20, level: 0.998)
        let large = FunnelLimits(target: 0.35, trials: 2000, level: 0.95)
        #expect(wide.lower < small.lower && wide.upper > small.upper)
        #expect(large.lower > small.lower && large.upper < small.upper)
    }
}
