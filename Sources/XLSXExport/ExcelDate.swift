import Frame

/// Excel's serial numbers for calendar days, in the 1900 date system.
enum ExcelDate {
    /// The first day after Excel's fictitious 29 February 1900; earlier serials are off by one.
    static let firstExact = Day(year: 1900, month: 3, day: 1)!
    /// The last day Excel can show.
    static let last = Day(year: 9999, month: 12, day: 31)!
    /// The number format of date cells: ISO order, which no reader misreads.
    static let numberFormat = "yyyy-mm-dd"
    /// The serial of 1970-01-01: the days from 1899-12-30 to it.
    private static let unixEpochSerial = 25_569

    /// The serial of `day`, or `nil` when Excel cannot show it as a date.
    static func serial(of day: Day) -> Double? {
        guard day >= firstExact, day <= last else { return nil }
        return Double(Int(day.daysSinceEpoch) + unixEpochSerial)
    }
}
