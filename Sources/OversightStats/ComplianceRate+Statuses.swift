import Frame

extension ComplianceRate {
    /// The rates of a column of statuses, leaving out those not yet due at `asOf`.
    ///
    /// A row is not yet due when its due date is after `asOf` (the as-of date is inclusive:
    /// a recommendation due on it is due), whatever its status, following the definition of
    /// assessable recommendations. A row with no due date is due. Pass `excludingNotYetDue:
    /// false`, or no `asOf`, to count every row.
    ///
    ///     let statuses = try StatusVocabulary.standard.normalize(column)
    ///     let rate = try ComplianceRate(statuses: statuses, dueDates: due, asOf: Day(iso: "2024-06-30"))
    ///
    /// - Parameters:
    ///   - statuses: One canonical status per recommendation.
    ///   - dueDates: The due date of each recommendation, if known.
    ///   - asOf: The as-of date.
    ///   - excludingNotYetDue: Whether to leave out recommendations not yet due; `true` by default.
    ///   - partialWeight: The weight of a partial compliance, 0.5 by default.
    /// - Throws: `ComplianceError` for a row with no status or columns of unequal length.
    /// - Complexity: O(n).
    public init(
        statuses: Column<ComplianceStatus>, dueDates: Column<Day>? = nil, asOf: Day? = nil,
        excludingNotYetDue: Bool = true, partialWeight: Double = 0.5
    ) throws(ComplianceError) {
        if let dueDates, dueDates.count != statuses.count {
            throw .lengthMismatch(statuses: statuses.count, dueDates: dueDates.count)
        }
        var counts: [ComplianceStatus: Int] = [:]
        var notYetDue = 0
        for row in 0..<statuses.count {
            guard let status = statuses[row] else { throw .missingStatus(row: row) }
            if excludingNotYetDue, let asOf, let due = dueDates?[row], due > asOf {
                notYetDue += 1
            } else {
                counts[status, default: 0] += 1
            }
        }
        self.init(counts: counts, notYetDue: notYetDue, partialWeight: partialWeight)
    }
}
