import Frame

/// The periods a report names its rows by, and how each is written in English and Spanish.
///
/// | period | English | Spanish | fiscal |
/// |---|---|---|---|
/// | year | `2024` | `2024` | named by the year it ends in |
/// | quarter | `2024-Q3` | `2024-T3` (trimestre) | named by the fiscal year it belongs to |
/// | month | `2024-03` | `2024-03` | calendar only |
/// | week | `2024-W09` | `2024-S09` (semana) | calendar only: ISO 8601 weeks, from Monday |
///
/// A week belongs to the ISO year of its Thursday, so 1 January 2021 is `2020-W53`. Months and
/// weeks have no fiscal form: a fiscal year moves only the year and quarter boundaries.
public enum PeriodPart: String, Sendable, CaseIterable {
    case year
    case quarter
    case month
    case week

    /// Whether a fiscal year starting in another month than January changes the label.
    public var followsFiscalYear: Bool { self == .year || self == .quarter }

    /// The label of the period containing `day`, in Spanish or English, in `calendar`'s fiscal
    /// year (months and weeks ignore it).
    public func label(of day: Day, spanish: Bool = false, calendar: FiscalCalendar = .calendarYear) -> String {
        switch self {
        case .year:
            return String(calendar.quarter(containing: day).fiscalYear)
        case .quarter:
            return calendar.quarter(containing: day).label(letter: spanish ? "T" : "Q")
        case .month:
            return "\(day.year)-\(PeriodPart.twoDigits(day.month))"
        case .week:
            let week = CalendarField.isoWeek.value(of: day.daysSinceEpoch)
            let year = CalendarField.isoYear.value(of: day.daysSinceEpoch)
            return "\(year)-\(spanish ? "S" : "W")\(PeriodPart.twoDigits(Int(week)))"
        }
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
