import Frame
import OversightStats
import Testing

/// Year, quarter, month and ISO-week labels against pandas, in English and Spanish.
@Suite struct PeriodLabelTests {
    @Test(arguments: ReferenceValues.shared.periodLabels.indices)
    func labelsMatchPandas(_ index: Int) throws {
        let expected = ReferenceValues.shared.periodLabels[index]
        let day = try #require(Day(iso: expected.date))
        let calendar = try #require(FiscalCalendar(startMonth: expected.startMonth))
        for part in PeriodPart.allCases {
            let labels = [false, true].map { part.label(of: day, spanish: $0, calendar: calendar) }
            #expect(labels == expected.labels[part.rawValue], "\(part) of \(expected.date), fiscal start \(expected.startMonth)")
        }
    }
}
