/// A number read off a date, computed a column at a time from the days since 1970.
public enum CalendarField: String, Sendable, CaseIterable {
    case year
    case quarter
    case month
    /// The day of the month, 1–31.
    case day
    /// The day of the year, 1–366.
    case dayOfYear
    /// The ISO 8601 week, 1–53: weeks start on Monday, and week 1 holds the year's first Thursday.
    case isoWeek
    /// The year the ISO week belongs to, which differs from the calendar year around 1 January.
    case isoYear
    /// The ISO day of the week: 1 is Monday, 7 is Sunday.
    case isoDayOfWeek
    /// The day of the week counted from Sunday: 0 is Sunday, 6 is Saturday (SQL's dayofweek).
    case dayOfWeek

    /// The field of every date; null dates stay null.
    public func apply(_ dates: Column<Day>) -> Column<Int64> {
        dates.mappingValues { value(of: $0.daysSinceEpoch) }
    }

    /// The field of one date given as days since 1970.
    public func value(of days: Int32) -> Int64 {
        let days = Int(days)
        switch self {
        case .year: return Int64(Day.civilFromDays(days).year)
        case .quarter: return Int64((Day.civilFromDays(days).month - 1) / 3 + 1)
        case .month: return Int64(Day.civilFromDays(days).month)
        case .day: return Int64(Day.civilFromDays(days).day)
        case .dayOfYear:
            let year = Day.civilFromDays(days).year
            return Int64(days - Day.daysFromCivil(year: year, month: 1, day: 1) + 1)
        case .isoWeek, .isoYear:
            // The week belongs to the year of its Thursday.
            let thursday = days - CalendarField.isoWeekday(days) + 4
            let year = Day.civilFromDays(thursday).year
            if self == .isoYear { return Int64(year) }
            return Int64((thursday - Day.daysFromCivil(year: year, month: 1, day: 1)) / 7 + 1)
        case .isoDayOfWeek: return Int64(CalendarField.isoWeekday(days))
        case .dayOfWeek: return Int64(CalendarField.isoWeekday(days) % 7)
        }
    }

    /// 1 for Monday … 7 for Sunday; 1970-01-01 was a Thursday.
    static func isoWeekday(_ days: Int) -> Int {
        let fromMonday = (days + 3) % 7
        return (fromMonday < 0 ? fromMonday + 7 : fromMonday) + 1
    }
}
