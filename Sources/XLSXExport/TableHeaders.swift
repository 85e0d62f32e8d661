/// The header row of an Excel table: non-empty names that differ ignoring case.
///
/// Excel repairs a file whose table has an empty or repeated header, and libxlsxwriter checks
/// neither, so headers are settled here before the table is added.
enum TableHeaders {
    /// Excel's limit on a table column name's length.
    static let maxLength = 255

    /// One header per proposal, in order: cleaned of line breaks and characters XML cannot carry,
    /// cut to 255 units; an empty one becomes `fallbacks[i]` (then `<column word> i+1`), and a
    /// repeat gets ` (2)`, ` (3)`… appended.
    static func resolve(_ proposed: [String], fallbacks: [String], columnWord: String) -> [String] {
        var taken: Set<String> = []
        var result: [String] = []
        for (index, text) in proposed.enumerated() {
            var base = cleaned(text)
            if base.isEmpty, index < fallbacks.count { base = cleaned(fallbacks[index]) }
            if base.isEmpty { base = "\(columnWord) \(index + 1)" }
            var candidate = base
            var counter = 1
            while taken.contains(candidate.lowercased()) {
                counter += 1
                let suffix = " (\(counter))"
                candidate = CellText.prefix(of: base, utf16Length: maxLength - suffix.utf16.count) + suffix
            }
            taken.insert(candidate.lowercased())
            result.append(candidate)
        }
        return result
    }

    private static func cleaned(_ text: String) -> String {
        let flat = String(CellText.stripped(text).map { $0.isNewline || $0 == "\t" ? " " : $0 })
        let trimmed = flat.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()
        return CellText.prefix(of: String(trimmed), utf16Length: maxLength)
    }
}
