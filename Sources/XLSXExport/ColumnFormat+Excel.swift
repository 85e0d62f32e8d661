import Report

extension ColumnFormat {
    /// Excel keeps 15 significant digits, so more decimals than this show nothing new.
    static let maxPlaces = 15

    /// The number format for numeric cells of this column, or `nil` for Excel's General.
    var numberFormat: String? {
        switch self {
        case .text: nil
        case .count, .days: "#,##0"
        case .plain: "0"
        case .percent: "0.0%"
        case .date: ExcelDate.numberFormat
        case .decimal(let places), .truncated(let places): ColumnFormat.fixed(places)
        }
    }

    private static func fixed(_ places: Int) -> String {
        let count = clampedPlaces(places)
        return count == 0 ? "0" : "0." + String(repeating: "0", count: count)
    }

    private static func clampedPlaces(_ places: Int) -> Int { min(max(places, 0), maxPlaces) }
}
