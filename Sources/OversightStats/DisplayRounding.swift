import Foundation

/// How a figure is cut to a fixed number of decimals for display.
///
/// Publishers differ: Mexico's CNDH prints its prison scores **truncated** (a mean of 7.3867
/// is printed 7.38), and Argentina's AGN printed 6,770 of 11,857 (57.097 %) as 57.09 %. A
/// reproduction has to use the publisher's rule to match its figures.
///
///     DisplayRounding.truncate.apply(7.3867, decimals: 2)   // 7.38
///     DisplayRounding.nearest.apply(57.0970, decimals: 2)   // 57.1
public enum DisplayRounding: String, Sendable, CaseIterable {
    /// To the nearest, halves away from zero (as spreadsheets' `ROUND`).
    case nearest
    /// Towards zero: drop the extra decimals.
    case truncate

    /// `value` cut to `decimals` decimals by this rule.
    ///
    /// A value that is a whole number of the last decimal up to binary noise (0.29, stored as
    /// 0.28999…) keeps that decimal: truncation acts on the decimal figure a reader sees.
    ///
    /// - Parameters:
    ///   - value: The figure.
    ///   - decimals: The number of decimals kept, 0 or more.
    /// - Returns: The displayed value.
    public func apply(_ value: Double, decimals: Int) -> Double {
        precondition(decimals >= 0, "a non-negative number of decimals")
        let scale = pow(10, Double(decimals))
        let scaled = value * scale
        let nearestWhole = scaled.rounded(.toNearestOrAwayFromZero)
        switch self {
        case .nearest:
            return nearestWhole / scale
        case .truncate:
            let noise = 1e-9 * max(1, abs(scaled))
            return (abs(scaled - nearestWhole) <= noise ? nearestWhole : scaled.rounded(.towardZero)) / scale
        }
    }
}
