import Frame
import OversightStats
import Testing

@Suite struct FiscalCalendarTests {
    /// The whole table of `oracles/quarters.md` and pandas' `Q-DEC`, `Q-JUN`, `Q-SEP`, `Q-MAR`, `Q-OCT` periods.
    @Test func matchesTheOracleTableAndPandas() throws {
        let cases = ReferenceValues.shared.fiscalQuarters
        #expect(cases.filter { $0.source == "oracle" }.count == 14 * 5)
        for expected in cases {
            let day = try #require(Day(iso: expected.date))
            let quarter = try #require(FiscalCalendar(startMonth: expected.startMonth)).quarter(containing: day)
            let label = "\(expected.date) start month \(expected.startMonth) (\(expected.source))"
            #expect(quarter.fiscalYear == expected.fiscalYear, "\(label) year")
            #expect(quarter.quarter == expected.quarter, "\(label) quarter")
            #expect(quarter.start.description == expected.start, "\(label) start")
        }
    }

    @Test func labels() throws {
        let august = try #require(Day(iso: "2024-08-01"))
        #expect(FiscalCalendar.calendarYear.quarter(containing: august).label(letter: "T") == "2024-T3")
        #expect(FiscalCalendar.calendarYear.quarter(containing: august).label() == QuarterLabel.label(of: august))
        #expect(try #require(FiscalCalendar(startMonth: 7)).quarter(containing: august).label() == "2025-Q1")
    }

    @Test func startMonthMustBeAMonth() {
        #expect(FiscalCalendar(startMonth: 0) == nil)
        #expect(FiscalCalendar(startMonth: 13) == nil)
    }
}
