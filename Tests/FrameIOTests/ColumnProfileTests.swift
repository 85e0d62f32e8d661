import Frame
import FrameIO
import Testing

@Suite("Column profile")
struct ColumnProfileTests {
    @Test func profilesIntegers() throws {
        let frame = try DataFrame(columns: [AnyColumn(name: "n", Column<Int64>([3, nil, 1, 3, 7]))])
        #expect(frame.profile() == [ColumnProfile(
            name: "n", type: .int64, rowCount: 5, nullCount: 1, distinctCount: 3,
            minimum: .int(1), maximum: .int(7), example: .int(3))])
    }

    @Test func profilesStringsInCodePointOrder() throws {
        let column = AnyColumn(name: "s", StringColumn([nil, "b", "Á", "a", "b", "B"]))
        let profile = ColumnProfile(column)
        #expect(profile.distinctCount == 4)
        #expect(profile.nullCount == 1)
        // Code-point order puts "B" before "a" and "Á" after "b", whatever the locale.
        #expect(profile.minimum == .string("B"))
        #expect(profile.maximum == .string("Á"))
        #expect(profile.example == .string("b"))
    }

    @Test func ignoresDictionaryEntriesNoRowUses() throws {
        let full = AnyColumn(name: "s", StringColumn(["zz", "a", "m"]))
        let profile = ColumnProfile(full.gathering([1, 2]))
        #expect(profile.distinctCount == 2)
        #expect(profile.maximum == .string("m"))
    }

    @Test func profilesDatesDoublesAndBooleans() throws {
        let march = Day(year: 2022, month: 3, day: 18)
        let january = Day(year: 2021, month: 1, day: 5)
        let frame = try DataFrame(columns: [
            AnyColumn(name: "d", Column<Day>([march, nil, january])),
            AnyColumn(name: "x", Column<Double>([0.5, -1.25, 0.5])),
            AnyColumn(name: "b", Column<Bool>([true, true, nil])),
        ])
        let profiles = ColumnProfile.profiles(of: frame)
        #expect(profiles[0].minimum == .date(january!))
        #expect(profiles[0].maximum == .date(march!))
        #expect(profiles[0].example == .date(march!))
        #expect(profiles[1].distinctCount == 2)
        #expect(profiles[1].minimum == .double(-1.25))
        #expect(profiles[1].maximum == .double(0.5))
        #expect(profiles[2].minimum == .bool(true))
        #expect(profiles[2].maximum == .bool(true))
        #expect(profiles[2].distinctCount == 1)
        #expect(profiles[2].nullCount == 1)
    }

    @Test func allNullColumnHasNoValues() {
        let profile = ColumnProfile(AnyColumn.nulls(name: "empty", type: .string, count: 3))
        #expect(profile == ColumnProfile(
            name: "empty", type: .string, rowCount: 3, nullCount: 3, distinctCount: 0,
            minimum: .null, maximum: .null, example: .null))
    }

    @Test func profilesAReadFileDeterministically() throws {
        let frame = try Fixtures.read("id,when\n2,18 March 2022\n1,NA\n2,1 May 2020\n").frame
        let profiles = frame.profile()
        #expect(profiles == frame.profile())
        #expect(profiles[1] == ColumnProfile(
            name: "when", type: .date, rowCount: 3, nullCount: 1, distinctCount: 2,
            minimum: .date(Day(year: 2020, month: 5, day: 1)!),
            maximum: .date(Day(year: 2022, month: 3, day: 18)!),
            example: .date(Day(year: 2022, month: 3, day: 18)!)))
    }
}
