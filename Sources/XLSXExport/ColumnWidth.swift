import Frame
import Report

/// Column widths estimated from content, since no version of libxlsxwriter measures text.
enum ColumnWidth {
    /// The narrowest and widest a computed column may be, in Excel's character units.
    static let limits = 8.0...60.0
    /// Room for the filter button an Excel table puts in each header cell.
    private static let filterButton = 3

    /// The width for a column whose header and widest cell take these many characters.
    static func fitting(header: Int, content: Int) -> Double {
        let wanted = Double(max(header + filterButton, content) + 1)
        return min(max(wanted, limits.lowerBound), limits.upperBound)
    }

    /// The characters of the longest line of `text`, counting no further than the widest column.
    static func of(text: String) -> Int {
        var widest = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            widest = max(widest, line.prefix(Int(limits.upperBound) + 1).count)
            if widest > Int(limits.upperBound) { break }
        }
        return widest
    }

    /// The characters `value` takes when shown with `format`.
    static func of(number value: Double, format: ColumnFormat) -> Int {
        let magnitude = abs(value)
        let integerDigits = magnitude < 10 ? 1 : Int(min(magnitude, 1e18)).description.count
        let sign = value < 0 ? 1 : 0
        switch format {
        case .count, .days: return sign + integerDigits + (integerDigits - 1) / 3
        case .plain: return sign + integerDigits
        case .percent:
            let percentDigits = magnitude * 100 < 10 ? 1 : Int(min(magnitude * 100, 1e18)).description.count
            return sign + percentDigits + 3
        case .date: return 10
        case .decimal(let places), .truncated(let places):
            let shown = min(max(places, 0), ColumnFormat.maxPlaces)
            return sign + integerDigits + (shown > 0 ? shown + 1 : 0)
        case .text: return sign + min(formatDouble(value).count, 17)
        }
    }
}
