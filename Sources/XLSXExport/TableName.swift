/// What is wrong with a proposed Excel table name.
enum TableNameProblem: Equatable {
    case empty
    /// Over 255 characters.
    case tooLong
    /// Does not start with a letter, `_` or `\`.
    case invalidStart
    /// Holds a character other than ASCII letters, digits, `.` and `_`.
    case invalidCharacter(Character)
    /// Reads as a cell reference (`A1`, `XFD1048576`, `R1C1`) or is `C`/`R`, which Excel reserves.
    case cellReference
    /// Equal, ignoring case, to a table name already used in the workbook.
    case duplicate

    /// The problem with `name`, given the names already used, or `nil` when Excel accepts it.
    static func check(_ name: String, taken: TableNames) -> TableNameProblem? {
        guard let first = name.unicodeScalars.first else { return .empty }
        if name.utf16.count > TableNames.maxLength { return .tooLong }
        if !(isLetter(first) || first == "_" || first == "\\") { return .invalidStart }
        for scalar in name.unicodeScalars.dropFirst()
        where !(isLetter(scalar) || isDigit(scalar) || scalar == "." || scalar == "_") {
            return .invalidCharacter(Character(scalar))
        }
        if looksLikeCellReference(name) { return .cellReference }
        if taken.contains(name) { return .duplicate }
        return nil
    }

    /// Whether `name` is a letters-then-digits A1 reference, an R1C1 reference, or `R`/`C` alone.
    ///
    /// Any one-to-three letters followed by digits is refused, even past column XFD, so that a
    /// name never depends on the sheet's size.
    static func looksLikeCellReference(_ name: String) -> Bool {
        let scalars = Array(name.uppercased().unicodeScalars)
        let letters = scalars.prefix(while: isLetter).count
        let digits = scalars.dropFirst(letters).prefix(while: isDigit).count
        if (1...3).contains(letters), digits > 0, letters + digits == scalars.count { return true }
        // R1C1 style: an optional R and digits, then an optional C and digits (R, C, RC, R1C1…).
        var rest = scalars[...]
        if rest.first == "R" { rest = rest.dropFirst().drop(while: isDigit) }
        if rest.first == "C" { rest = rest.dropFirst().drop(while: isDigit) }
        return !scalars.isEmpty && rest.isEmpty
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}

/// The table names of one workbook: derives a valid, unique name for each table.
///
/// libxlsxwriter 1.1.4 accepts `A1` and never checks that a name is unique, and either mistake
/// makes Excel repair the file, so names are derived and checked here.
struct TableNames {
    /// Excel's limit on a table name's length.
    static let maxLength = 255

    private var keys: Set<String> = []

    /// Whether a name equal to `name`, ignoring case, is already used.
    func contains(_ name: String) -> Bool { keys.contains(name.lowercased()) }

    /// A valid, unused name `tbl_<identifier>`: characters other than ASCII letters, digits and
    /// `_` become `_`, and a clash gets `_2`, `_3`… appended.
    mutating func claim(from identifier: String) -> String {
        let cleaned = String(identifier.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) ? Character(scalar) : "_"
        })
        let base = "tbl_" + String(cleaned.prefix(TableNames.maxLength - 12))
        var candidate = base
        var counter = 1
        while let problem = TableNameProblem.check(candidate, taken: self) {
            precondition(problem == .duplicate, "derived table name is invalid")
            counter += 1
            candidate = base + "_\(counter)"
        }
        keys.insert(candidate.lowercased())
        return candidate
    }
}
