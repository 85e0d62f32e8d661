/// A span of the calendar that dates are truncated to or counted in.
public enum CalendarUnit: String, Sendable, CaseIterable {
    case day
    /// The ISO week, starting on Monday.
    case week
    case month
    case quarter
    case year

    /// The first day of the unit holding each date. Quarters and years start in
    /// `fiscalStart` (1 is January): with 7, the year runs July to June and quarters start in
    /// July, October, January and April.
    public func truncate(_ dates: Column<Day>, fiscalStart: Int = 1) -> Column<Day> {
        dates.mappingValues { Day(daysSinceEpoch: Int32(start(of: Int($0.daysSinceEpoch), fiscalStart: fiscalStart))) }
    }

    /// The number of unit boundaries crossed from `from` to `to` (negative when `to` is
    /// earlier), as SQL's date_diff counts them: from 31 January to 1 February is one month.
    /// Weeks are whole spans of seven days, truncated toward zero.
    public func difference(from: Column<Day>, to: Column<Day>) -> Column<Int64> {
        let validity = from.validity.intersection(to.validity)
        let values = from.values.withUnsafeBufferPointer { a in
            to.values.withUnsafeBufferPointer { b in
                Array<Int64>(unsafeUninitializedCapacity: a.count) { buffer, initialized in
                    for row in 0..<a.count {
                        buffer[row] = difference(Int(a[row].daysSinceEpoch), Int(b[row].daysSinceEpoch))
                    }
                    initialized = a.count
                }
            }
        }
        return Column(values: values, validity: validity)
    }

    private func difference(_ from: Int, _ to: Int) -> Int64 {
        switch self {
        case .day: return Int64(to - from)
        case .week: return Int64((to - from) / 7)
        case .month: return Int64(CalendarUnit.monthIndex(to) - CalendarUnit.monthIndex(from))
        case .quarter: return Int64(floorDivide(CalendarUnit.monthIndex(to), 3) - floorDivide(CalendarUnit.monthIndex(from), 3))
        case .year: return Int64(Day.civilFromDays(to).year - Day.civilFromDays(from).year)
        }
    }

    private func start(of days: Int, fiscalStart: Int) -> Int {
        switch self {
        case .day: return days
        case .week: return days - CalendarField.isoWeekday(days) + 1
        case .month, .quarter, .year:
            let length = self == .month ? 1 : self == .quarter ? 3 : 12
            // Count months from the fiscal year's first month, truncate, and count back.
            let shift = self == .month ? 0 : fiscalStart - 1
            let shifted = CalendarUnit.monthIndex(days) - shift
            let first = shifted - floorModulo(shifted, length) + shift
            return Day.daysFromCivil(year: floorDivide(first, 12), month: floorModulo(first, 12) + 1, day: 1)
        }
    }

    /// Months since year 0: year × 12 + month − 1.
    private static func monthIndex(_ days: Int) -> Int {
        let (year, month, _) = Day.civilFromDays(days)
        return year * 12 + month - 1
    }
}

private func floorDivide(_ a: Int, _ b: Int) -> Int { (a - floorModulo(a, b)) / b }
private func floorModulo(_ a: Int, _ b: Int) -> Int { let r = a % b; return r < 0 ? r + b : r }
