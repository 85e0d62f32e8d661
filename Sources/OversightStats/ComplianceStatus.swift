/// The canonical status of a recommendation.
///
/// Five statuses are ordered, from best to worst: `complied` > `partiallyComplied` >
/// `inProgress` > `notComplied` > `noResponse`. `withdrawn` and `notApplicable` stand outside
/// the order and leave every denominator. The raw values are the canonical names printed in
/// outputs (`partially_complied`).
///
///     ComplianceStatus.complied.progress > ComplianceStatus.inProgress.progress!   // true
public enum ComplianceStatus: String, Sendable, Hashable, CaseIterable {
    case complied
    case partiallyComplied = "partially_complied"
    case inProgress = "in_progress"
    case notComplied = "not_complied"
    case noResponse = "no_response"
    case withdrawn
    case notApplicable = "not_applicable"

    /// The place in the canonical order, 4 for `complied` down to 0 for `noResponse`; `nil`
    /// for `withdrawn` and `notApplicable`, which are not ordered.
    public var progress: Int? {
        switch self {
        case .complied: 4
        case .partiallyComplied: 3
        case .inProgress: 2
        case .notComplied: 1
        case .noResponse: 0
        case .withdrawn, .notApplicable: nil
        }
    }

    /// Whether the status takes a recommendation out of every denominator.
    public var leavesDenominators: Bool { progress == nil }
}
