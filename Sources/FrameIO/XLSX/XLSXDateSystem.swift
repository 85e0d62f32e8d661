import Frame

/// How a workbook numbers its days: serial 1 is 1 January 1900 (the default), or serial 0 is
/// 1 January 1904 (`<workbookPr date1904="1"/>`, from old Mac Excel).
enum XLSXDateSystem {
    case from1900
    case from1904

    /// The day a serial number stands for, its time of day dropped; `nil` when no day has that
    /// number: serial 60 (29 February 1900, which Excel counts though it never was), numbers
    /// before the first day, after 31 December 9999, or not finite.
    func day(serial: Double) -> Day? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        let whole = Int32(serial.rounded(.down))
        switch self {
        case .from1900:
            // 30 December 1899 is day -25569; serials before the phantom 29 February are one
            // day behind those after it.
            if whole >= 61 { return Day(daysSinceEpoch: -25_569 + whole) }
            if whole >= 1 && whole <= 59 { return Day(daysSinceEpoch: -25_568 + whole) }
            return nil
        case .from1904:
            return Day(daysSinceEpoch: -24_107 + whole)
        }
    }
}
