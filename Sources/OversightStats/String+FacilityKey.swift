extension String {
    /// The key under which a facility name is looked up.
    ///
    /// The name is reduced to match tokens (see `matchTokens`), the long forms of unit types
    /// are shortened (`complejo penitenciario federal` and `c p f` to `cpf`, `unidad` to `u`,
    /// `complejo federal de jóvenes adultos` to `cfja`, `ciudad autónoma de buenos aires` to
    /// `caba`), and the first designator is taken: `cpf` or `u` followed, after optional
    /// `n°`/`nro`/`de` words, by a number, a Roman numeral or `caba`. So `U-12`, `(U.12)`,
    /// `Unidad 12` and `UNIDAD N° 12` all give `u12`, and `CPF I`, `CPF1`, `C.P.F. I` and
    /// `Complejo Penitenciario Federal Nº 1 de Ezeiza` all give `cpf1`. A designator right
    /// after `ex` gives `ex` + designator (`ex-U.31` is `exu31`) unless a later one is not
    /// prefixed. A name with no designator is keyed by all its tokens run together.
    var facilityKey: String {
        var tokens: [String] = []
        let raw = matchTokens
        var index = 0
        while index < raw.count {
            if let (length, replacement) = FacilityKeyRules.abbreviation(in: raw, at: index) {
                tokens.append(replacement)
                index += length
            } else {
                tokens.append(raw[index])
                index += 1
            }
        }
        var prefixed: String?
        for start in tokens.indices {
            guard let designator = FacilityKeyRules.designator(in: tokens, at: start) else { continue }
            guard start > 0, tokens[start - 1] == "ex" else { return designator }
            prefixed = prefixed ?? "ex" + designator
        }
        return prefixed ?? tokens.joined()
    }
}

/// The vocabulary `facilityKey` uses, shared with the SQL that reproduces it.
public enum FacilityKeyRules {
    /// Long forms of unit types and their short tokens, in the order they are tried.
    public static let abbreviations: [(tokens: [String], replacement: String)] = [
        (["complejo", "penitenciario", "federal"], "cpf"),
        (["c", "p", "f"], "cpf"),
        (["complejo", "federal", "de", "jovenes", "adultos"], "cfja"),
        (["complejo", "federal", "para", "jovenes", "adultos"], "cfja"),
        (["c", "f", "j", "a"], "cfja"),
        (["ciudad", "autonoma", "de", "buenos", "aires"], "caba"),
        (["ciudad", "de", "buenos", "aires"], "caba"),
        (["c", "a", "b", "a"], "caba"),
        (["unidad"], "u"),
    ]
    /// Words skipped between a unit type and its number (`Unidad Nº 12`).
    public static let fillers: [String] = ["n", "no", "nro", "num", "numero", "de", "la", "del"]
    /// Roman numerals one to ten, in order.
    public static let romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]

    /// The length and replacement of an abbreviation starting at `index`, if any.
    static func abbreviation(in tokens: [String], at index: Int) -> (Int, String)? {
        for rule in abbreviations where tokens[index...].starts(with: rule.tokens) {
            return (rule.tokens.count, rule.replacement)
        }
        return nil
    }

    /// The designator (`cpf1`, `cpfcaba`, `u12`, `cfja`) starting at `index`, if any.
    static func designator(in tokens: [String], at index: Int) -> String? {
        let head = tokens[index]
        if head == "cfja" { return head }
        guard head == "cpf" || head == "u" else { return nil }
        var next = index + 1
        while next < tokens.count, fillers.contains(tokens[next]), next + 1 < tokens.count { next += 1 }
        guard next < tokens.count else { return nil }
        let word = tokens[next]
        if let number = Int(word) { return head + String(number) }
        if let roman = romans.firstIndex(of: word) { return head + String(roman + 1) }
        if head == "cpf" && word == "caba" { return "cpfcaba" }
        return nil
    }
}
