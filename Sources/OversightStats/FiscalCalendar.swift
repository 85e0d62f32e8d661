import Frame

/// A fiscal year that starts on the first day of a given month, cut into four quarters.
///
/// A start month of 1 is the calendar year. For any other start month the fiscal year is
/// named by the calendar year in which it ends: with an October start, 1 October 2019 opens
/// fiscal 2020.
///
///     let july = FiscalCalendar(startMonth: 7)!
///     july.quarter(containing: Day(year: 2019, month: 6, day: 1)!).label()   // "2019-Q4"
public struct FiscalCalendar: Sendable, Equatable {
    /// The month, 1–12, in which every fiscal year starts.
    public let startMonth: Int

    /// The calendar year: quarters start in January, April, July and October.
    public static let calendarYear = FiscalCalendar(startMonth: 1)!

    /// A fiscal calendar starting in `startMonth`, or `nil` when it is not 1–12.
    public init?(startMonth: Int) {
        guard (1...12).contains(startMonth) else { return nil }
        self.startMonth = startMonth
    }

    /// The fiscal quarter containing `day`.
    ///
    /// - Parameter day: Any calendar day.
    /// - Returns: The fiscal year, quarter number and first day of the quarter.
    /// - Complexity: O(1).
    public func quarter(containing day: Day) -> FiscalQuarter {
        let (year, month, _) = day.components
        let monthsIntoYear = (month - startMonth + 12) % 12
        let quarter = monthsIntoYear / 3 + 1
        let fiscalStartYear = month >= startMonth ? year : year - 1
        let yearStart = Day(year: fiscalStartYear, month: startMonth, day: 1)!
        return FiscalQuarter(
            fiscalYear: startMonth == 1 ? fiscalStartYear : fiscalStartYear + 1,
            quarter: quarter,
            start: yearStart.adding(months: (quarter - 1) * 3))
    }
}
