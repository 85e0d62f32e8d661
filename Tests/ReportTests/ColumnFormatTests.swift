import Report
import Testing

@Suite("Column formats")
struct ColumnFormatTests {
    @Test func truncationCutsInsteadOfRounding() {
        #expect(ColumnFormat.truncate(12.349, places: 2) == 12.34)
        #expect(ColumnFormat.truncate(-1.239, places: 2) == -1.23)
        #expect(ColumnFormat.truncate(2.5, places: 0) == 2)
    }

    @Test func floatNoiseDoesNotLoseADigit() {
        // 0.29 × 100 is 28.999999999999996 in binary; cutting that naively would give 0.28.
        #expect(ColumnFormat.truncate(0.29, places: 2) == 0.29)
        #expect(ColumnFormat.truncate(0.1 + 0.2, places: 1) == 0.3)
    }

    @Test func onlyTruncatedColumnsChangeTheirValues() {
        #expect(ColumnFormat.truncated(places: 1).publishedValue(0.875) == 0.8)
        #expect(ColumnFormat.decimal(places: 1).publishedValue(0.875) == 0.875)
        #expect(ColumnFormat.percent.publishedValue(0.875) == 0.875)
    }

    @Test func generatedAtIsISOText() {
        var metadata = ChartFixtures.metadata
        #expect(metadata.generatedAtISO8601 == "2024-04-02T09:30:00Z")
        metadata.generatedAt = -1
        #expect(metadata.generatedAtISO8601 == "1969-12-31T23:59:59Z")
    }
}
