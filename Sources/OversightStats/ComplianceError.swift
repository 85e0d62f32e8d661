/// Rows a compliance rate cannot count.
public enum ComplianceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A row has no status; `row` is its 0-based index.
    case missingStatus(row: Int)
    /// The status and due-date columns differ in length.
    case lengthMismatch(statuses: Int, dueDates: Int)

    public var description: String {
        switch self {
        case .missingStatus(let row): "missing status at row index \(row)"
        case .lengthMismatch(let statuses, let dueDates): "\(statuses) statuses but \(dueDates) due dates"
        }
    }
}
