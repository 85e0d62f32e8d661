import Report

extension ColumnFormat {
    /// Excel keeps 15 significant digits, so more decimals than this show nothing new.
    static let maxPlaces = 15

    /// The number format for numeric cells of this column, or `nil` for Excel's General.
    var numberFormat: String? {
        switch self {
        case .text: nil
        case .count, .days: "#,##0"
        case .percent: "0.0%"
        case .date: ExcelDate.numberFormat
        case .decimal(let places), .truncated(let places): ColumnFormat.fixed(places)
        }
    }

    /// The number written for `value`: cut to the column's decimals for `.truncated`, else as is.
    func cellNumber(_ value: Double) -> Double {
        guard case .truncated(let places) = self else { return value }
        return ColumnFormat.truncate(value, places: places)
    }

    /// `value` cut (not rounded) to `places` decimals.
    ///
    /// A product such as 0.29 × 100 = 28.999999999999996 stands for the decimal 29, so a product
    /// within a few ulps of a whole number is taken as that number before cutting.
    static func truncate(_ value: Double, places: Int) -> Double {
        let scale = powerOfTen(clampedPlaces(places))
        let scaled = value * scale
        let nearest = scaled.rounded()
        let whole = abs(scaled - nearest) <= 1e-9 * max(1, abs(scaled)) ? nearest : scaled.rounded(.towardZero)
        return whole / scale
    }

    private static func fixed(_ places: Int) -> String {
        let count = clampedPlaces(places)
        return count == 0 ? "0" : "0." + String(repeating: "0", count: count)
    }

    private static func clampedPlaces(_ places: Int) -> Int { min(max(places, 0), maxPlaces) }

    // Exact: every power of ten up to 10^22 is a double.
    private static func powerOfTen(_ exponent: Int) -> Double {
        (0..<exponent).reduce(1.0) { product, _ in product * 10 }
    }
}
