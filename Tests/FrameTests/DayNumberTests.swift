import Frame
import Testing

/// Calendar dates to day numbers and back, against Python's `datetime.date`.
@Suite struct DayNumberTests {
    @Test(arguments: FrameFixture.shared.days.indices)
    func isoDateGivesPythonsDayNumber(_ index: Int) throws {
        let expected = FrameFixture.shared.days[index]
        let day = try #require(Day(iso: expected.date), "\(expected.date) should parse")
        #expect(day.daysSinceEpoch == expected.days, "\(expected.date)")
    }

    @Test(arguments: FrameFixture.shared.days.indices)
    func dayNumberPrintsBackAsTheSameDate(_ index: Int) {
        let expected = FrameFixture.shared.days[index]
        #expect(Day(daysSinceEpoch: expected.days).description == expected.date)
    }

    @Test(arguments: FrameFixture.shared.days.indices)
    func componentsRebuildTheSameDay(_ index: Int) throws {
        let day = Day(daysSinceEpoch: FrameFixture.shared.days[index].days)
        let rebuilt = try #require(Day(year: day.year, month: day.month, day: day.day))
        #expect(rebuilt == day)
    }

    @Test func datesPythonRejectsDoNotParse() {
        #expect(!FrameFixture.shared.invalidDates.isEmpty)
        for text in FrameFixture.shared.invalidDates {
            #expect(Day(iso: text) == nil, "\(text) is not a date")
        }
    }

    @Test func englishLongDatesMatchTheirIsoForm() {
        #expect(Day(englishLong: "18 March 2022") == Day(iso: "2022-03-18"))
        #expect(Day(englishLong: "1 Sept 2021") == Day(iso: "2021-09-01"))
        #expect(Day(englishLong: "29 feb 2024") == Day(iso: "2024-02-29"))
        #expect(Day(englishLong: "29 February 2023") == nil)
        #expect(Day(englishLong: "18 Marc 2022") == nil)
    }
}
