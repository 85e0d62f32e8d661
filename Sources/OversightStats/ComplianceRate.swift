/// The compliance rates of a set of recommendations, with their numerators and denominator.
///
/// **Assessable** recommendations are all except `withdrawn`, `notApplicable` and (by
/// default) those not yet due at the as-of date. The **strict** rate is
/// `complied / assessable`; the **weighted** rate is
/// `(complied + w · partiallyComplied) / assessable` with `w = 0.5` by default. Rates are
/// `nil` when nothing is assessable. Publish the numerator and denominator with the rate.
///
///     let agn = ComplianceRate(counts: [.complied: 7, .partiallyComplied: 3, .notComplied: 36])
///     agn.strictRate     // 7 / 46 = 0.1522
///     agn.weightedRate   // 8.5 / 46 = 0.1848
public struct ComplianceRate: Sendable, Equatable {
    /// The number of recommendations counted, whatever their status.
    public var total: Int
    /// The number `withdrawn` or `notApplicable`.
    public var excluded: Int
    /// The number left out because their due date is after the as-of date.
    public var notYetDue: Int
    /// The denominator: `total − excluded − notYetDue`.
    public var assessable: Int
    /// The assessable recommendations complied with, the strict numerator.
    public var complied: Int
    /// The assessable recommendations partially complied with.
    public var partiallyComplied: Int
    /// The weight of a partial compliance in the weighted rate.
    public var partialWeight: Double

    /// The rates of assessable recommendations counted by status.
    ///
    /// - Parameters:
    ///   - counts: The number of assessable-or-excluded recommendations in each status
    ///     (those not yet due already taken out).
    ///   - notYetDue: The number left out as not yet due, reported alongside; 0 by default.
    ///   - partialWeight: The weight of a partial compliance, 0.5 by default.
    public init(counts: [ComplianceStatus: Int], notYetDue: Int = 0, partialWeight: Double = 0.5) {
        precondition(counts.values.allSatisfy { $0 >= 0 } && notYetDue >= 0, "counts must not be negative")
        let counted = counts.values.reduce(0, +)
        excluded = counts.filter { $0.key.leavesDenominators }.values.reduce(0, +)
        self.notYetDue = notYetDue
        total = counted + notYetDue
        assessable = counted - excluded
        complied = counts[.complied, default: 0]
        partiallyComplied = counts[.partiallyComplied, default: 0]
        self.partialWeight = partialWeight
    }

    /// The weighted numerator, `complied + w · partiallyComplied`.
    public var weightedNumerator: Double { Double(complied) + partialWeight * Double(partiallyComplied) }

    /// `complied / assessable`, or `nil` when nothing is assessable.
    public var strictRate: Double? { assessable > 0 ? Double(complied) / Double(assessable) : nil }

    /// `(complied + w · partiallyComplied) / assessable`, or `nil` when nothing is assessable.
    public var weightedRate: Double? { assessable > 0 ? weightedNumerator / Double(assessable) : nil }

    /// The confidence interval of the strict rate (Wilson, 95 %, by default).
    ///
    /// - Parameters:
    ///   - method: The interval method.
    ///   - confidence: The coverage.
    /// - Returns: The interval, or `nil` when nothing is assessable.
    public func strictInterval(method: IntervalMethod = .default, confidence: Double = 0.95) -> BinomialInterval? {
        method.interval(successes: Double(complied), trials: Double(assessable), confidence: confidence)
    }
}
