import Frame

/// One quarter of a fiscal year: the year's name, the quarter number and its first day.
///
/// Quarters are half-open `[start, next start)`. A fiscal year is named by the calendar year
/// in which it ends (the convention of lubridate, Excel and pandas' `Q-JUN`), so with a July
/// start, 15 July 2018 is in fiscal 2019, quarter 1.
///
///     FiscalCalendar(startMonth: 7)!.quarter(containing: Day(year: 2018, month: 7, day: 15)!)
///     // FiscalQuarter(fiscalYear: 2019, quarter: 1, start: 2018-07-01)
public struct FiscalQuarter: Sendable, Hashable {
    /// The fiscal year, named by the calendar year in which it ends.
    public var fiscalYear: Int
    /// The quarter within the fiscal year, 1–4.
    public var quarter: Int
    /// The first day of the quarter.
    public var start: Day

    /// Creates a quarter from its parts.
    public init(fiscalYear: Int, quarter: Int, start: Day) {
        self.fiscalYear = fiscalYear
        self.quarter = quarter
        self.start = start
    }

    /// The label reports print, `2019-Q1`, or `2019-T1` with Spanish's "trimestre".
    ///
    /// - Parameter letter: The quarter letter, `Q` (English, the default) or `T` (Spanish).
    /// - Returns: The fiscal year, a hyphen, the letter and the quarter number.
    public func label(letter: Character = "Q") -> String {
        "\(fiscalYear)-\(letter)\(quarter)"
    }
}
