/// What is wrong with a proposed worksheet name.
enum SheetNameProblem: Equatable {
    case empty
    /// Over 31 characters (counted in UTF-16 units, as Excel does).
    case tooLong
    /// One of `[ ] : * ? / \`, or a character XML cannot carry.
    case invalidCharacter(Character)
    /// Starts or ends with an apostrophe.
    case edgeApostrophe
    /// Excel reserves `History` for its change-tracking sheet.
    case reserved
    /// Equal, ignoring case in any script, to a name already used.
    case duplicate

    /// The problem with `name`, given the names already used, or `nil` when Excel accepts it.
    static func check(_ name: String, taken: SheetNames) -> SheetNameProblem? {
        if name.isEmpty { return .empty }
        if name.utf16.count > SheetNames.maxLength { return .tooLong }
        if let bad = name.first(where: SheetNames.isForbidden) { return .invalidCharacter(bad) }
        if name.hasPrefix("'") || name.hasSuffix("'") { return .edgeApostrophe }
        if SheetNames.foldedKey(name) == "history" { return .reserved }
        if taken.contains(name) { return .duplicate }
        return nil
    }
}

/// The worksheet names of one workbook: hands out valid, unique names, repairing bad ones the
/// same way every time.
///
/// libxlsxwriter 1.1.4 accepts an empty name and compares names case-insensitively in ASCII only
/// (`Año` and `AÑO` both pass), so every name is checked here first.
struct SheetNames {
    /// Excel's limit on a sheet name's length.
    static let maxLength = 31

    private var keys: Set<String> = []

    /// Whether a name equal to `name`, ignoring case, is already used.
    func contains(_ name: String) -> Bool { keys.contains(SheetNames.foldedKey(name)) }

    /// A valid, unused name as close to `proposed` as possible; `fallback` stands in for a
    /// name with nothing usable left.
    ///
    /// Forbidden characters become `-`, apostrophes at the ends and surrounding spaces are
    /// removed, the name is cut to 31 units, and a clash gets ` (2)`, ` (3)`… appended.
    mutating func claim(_ proposed: String, fallback: String) -> String {
        var base = repaired(proposed)
        if base.isEmpty { base = repaired(fallback) }
        var candidate = base
        var counter = 1
        while let problem = SheetNameProblem.check(candidate, taken: self) {
            precondition(problem == .duplicate || problem == .reserved, "repaired sheet name is invalid")
            counter += 1
            let suffix = " (\(counter))"
            candidate = CellText.prefix(of: base, utf16Length: SheetNames.maxLength - suffix.utf16.count) + suffix
        }
        keys.insert(SheetNames.foldedKey(candidate))
        return candidate
    }

    private func repaired(_ name: String) -> String {
        var text = String(name.map { SheetNames.isForbidden($0) ? "-" : $0 })
        text = String(text.unicodeScalars.filter { $0.properties.generalCategory != .control })
        while let first = text.first, first == "'" || first.isWhitespace { text.removeFirst() }
        text = CellText.prefix(of: text, utf16Length: SheetNames.maxLength)
        while let last = text.last, last == "'" || last.isWhitespace { text.removeLast() }
        return text
    }

    static func isForbidden(_ character: Character) -> Bool {
        "[]:*?/\\".contains(character)
            || character.unicodeScalars.contains { $0.value == 0 || $0.value == 0xFFFE || $0.value == 0xFFFF }
    }

    /// The key two names share when Excel treats them as the same: case folded in every script.
    static func foldedKey(_ name: String) -> String { name.lowercased() }
}
