/// The spellings a source uses for recommendation statuses, mapped onto `ComplianceStatus`,
/// and the set of statuses that count as closed.
///
/// Matching ignores case, accents, punctuation and spacing: `En Trámite`, `en tramite` and
/// `EN-TRAMITE` are one alias. The canonical names (`partially_complied`) are always known.
/// `standard` knows the Spanish, Portuguese and English spellings of oversight sources; a
/// user adds the spellings of their own files with `addAlias(_:for:)`.
///
///     var vocabulary = StatusVocabulary.standard
///     try vocabulary.addAlias("atendida", for: .complied)
///     vocabulary.status(of: "Cumplida parcialmente")   // .partiallyComplied
public struct StatusVocabulary: Sendable {
    /// The status of each alias, keyed by its match key.
    private var statuses: [String: ComplianceStatus] = [:]
    /// The spelling each alias was added with, for suggestions.
    private var spellings: [String: String] = [:]
    /// The statuses counted as closed; by default `complied`, `withdrawn` and `notApplicable`.
    public var closed: Set<ComplianceStatus>

    /// A vocabulary that knows only the canonical names, with the given closed set.
    public init(closed: Set<ComplianceStatus> = [.complied, .withdrawn, .notApplicable]) {
        self.closed = closed
        for status in ComplianceStatus.allCases {
            // The canonical names cannot conflict with each other.
            try! addAlias(status.rawValue, for: status)
        }
    }

    /// Adds a spelling for a status.
    ///
    /// Adding a spelling that already means the same status does nothing.
    ///
    /// - Parameters:
    ///   - alias: The text as a source writes it.
    ///   - status: The canonical status it means.
    /// - Throws: `StatusVocabularyError.conflictingAlias` when the spelling (after ignoring
    ///   case, accents, punctuation and spacing) already means another status.
    public mutating func addAlias(_ alias: String, for status: ComplianceStatus) throws(StatusVocabularyError) {
        let key = alias.matchKey
        if let existing = statuses[key] {
            guard existing == status else { throw .conflictingAlias(alias, existing: existing, requested: status) }
            return
        }
        statuses[key] = status
        spellings[key] = alias
    }

    /// The status a text means, or `nil` when no alias matches.
    ///
    /// - Complexity: O(m) for a text of m characters.
    public func status(of text: String) -> ComplianceStatus? {
        statuses[text.matchKey]
    }

    /// Every alias's match key (case, accents, punctuation and spacing removed) with its
    /// status, in key order: what a translation to another language looks texts up in.
    public var statusesByMatchKey: [(key: String, status: ComplianceStatus)] {
        statuses.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Whether a status counts as closed in this vocabulary.
    public func isClosed(_ status: ComplianceStatus) -> Bool {
        closed.contains(status)
    }

    /// Up to three known spellings closest to `text`, nearest first.
    func suggestions(for text: String) -> [String] {
        let key = text.matchKey
        let limit = max(2, key.unicodeScalars.count / 3)
        return spellings
            .map { (distance: editDistance(key, $0.key), spelling: $0.value) }
            .filter { $0.distance <= limit }
            .sorted { ($0.distance, $0.spelling) < ($1.distance, $1.spelling) }
            .prefix(3).map(\.spelling)
    }
}
