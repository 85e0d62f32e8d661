import Frame
import Testing

/// Adding calendar months, clamped to the end of shorter months, against DuckDB's `date + INTERVAL n MONTH`.
@Suite struct AddMonthsTests {
    @Test(arguments: FrameFixture.shared.addMonths.indices)
    func matchesDuckDB(_ index: Int) throws {
        let expected = FrameFixture.shared.addMonths[index]
        let start = try #require(Day(iso: expected.date))
        #expect(start.adding(months: expected.months).description == expected.result,
                "\(expected.date) + \(expected.months) months")
    }

    @Test func addingDaysCrossesTheEpochAndLeapDays() throws {
        let leapDay = try #require(Day(iso: "2000-02-29"))
        #expect(leapDay.adding(days: 1).description == "2000-03-01")
        #expect(try #require(Day(iso: "1970-01-01")).adding(days: -1).description == "1969-12-31")
        #expect(leapDay.adding(days: 366).days(since: leapDay) == 366)
    }
}
