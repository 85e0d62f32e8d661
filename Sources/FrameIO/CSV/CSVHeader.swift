/// The column names of a file, made usable: every name non-empty and unique.
///
/// An empty header cell in column *n* (1-based) is named `column_n`. A name already used by an
/// earlier column gets the first free suffix `_2`, `_3`, …; a suffix never takes a name that
/// appears elsewhere in the header. Spaces and tabs around a name are removed. Each repair is
/// reported as a warning. Names are otherwise kept exactly as written, accents and inner spaces
/// included. Renames given in the options (old name → new name, for columns whose name changed
/// between years) apply after the repairs and are not warnings: they were asked for.
struct CSVHeader {
    /// The final names, one per column.
    var names: [String]
    /// One warning per repaired name.
    var warnings: [CSVWarning]

    /// Repairs `rawNames`, found on the given lines of `path`, then applies `renames`.
    init(
        rawNames written: [String], lines: [Int], path: String, renames: [String: String] = [:]
    ) throws(CSVReadingError) {
        names = []
        warnings = []
        let rawNames = written.map { $0.trimmingSpaces }
        for (index, raw) in rawNames.enumerated() where raw != written[index] && !raw.isEmpty {
            let location = CSVLocation(path: path, line: lines[index], column: index + 1)
            warnings.append(.trimmedColumnName(location, original: written[index], name: raw))
        }
        var taken = Set(rawNames.filter { !$0.isEmpty })
        var used: Set<String> = []
        for (index, raw) in rawNames.enumerated() {
            let location = CSVLocation(path: path, line: lines[index], column: index + 1)
            var name = raw
            if raw.isEmpty {
                name = Self.free("column_\(index + 1)", taken: taken, used: used)
                warnings.append(.generatedColumnName(location, name: name))
            } else if used.contains(raw) {
                name = Self.free(raw, taken: taken, used: used)
                warnings.append(.renamedDuplicateColumn(location, original: raw, name: name))
            }
            taken.insert(name)
            used.insert(name)
            names.append(name)
        }
        // Sorted so that, with several clashes, the same one is reported every time.
        for (old, new) in renames.sorted(by: { $0.key < $1.key }) {
            guard let index = names.firstIndex(of: old), old != new else { continue }
            if names.contains(new) { throw .renameTargetTaken(path: path, old: old, new: new) }
            names[index] = new
        }
    }

    /// Names for a file without a header row: `column_1`, `column_2`, ….
    init(generatedCount count: Int) {
        names = (0..<count).map { "column_\($0 + 1)" }
        warnings = []
    }

    // `base` itself when nobody has it, else `base_2`, `base_3`, … .
    private static func free(_ base: String, taken: Set<String>, used: Set<String>) -> String {
        if !used.contains(base) && !taken.contains(base) { return base }
        var suffix = 2
        while taken.contains("\(base)_\(suffix)") || used.contains("\(base)_\(suffix)") {
            suffix += 1
        }
        return "\(base)_\(suffix)"
    }
}

/// Collects the header record's cells as strings, with the line each starts on.
struct HeaderVisitor: CSVFieldVisitor {
    var names: [String] = []
    var lines: [Int] = []

    mutating func visit(_ content: UnsafeBufferPointer<UInt8>, column: Int, line: Int) {
        names.append(String(decoding: content, as: UTF8.self))
        lines.append(line)
    }
}

extension String {
    /// The text without spaces and tabs at either end.
    fileprivate var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
