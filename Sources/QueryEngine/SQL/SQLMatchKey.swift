import OversightStats
/// The match keys of OversightStats (`matchKey`, `facilityKey`) as DuckDB expressions, so
/// that SQL looks a text up under the same key as the engine.
enum SQLMatchKey {
    /// The text's match tokens, each wrapped in its own pair of spaces (` u  12 `), so that a
    /// pattern ` tok ` finds whole tokens and neighbouring matches never share a space.
    ///
    /// Runs of letters and runs of digits of the plain text; anything else separates tokens.
    static func tokens(_ text: String) -> String {
        let separated = "regexp_replace(\(plain(text)), '[^\\p{L}\\p{Nd}]+', ' ', 'g')"
        let letterDigit = "regexp_replace(\(separated), '(\\p{L})(\\p{Nd})', '\\1 \\2', 'g')"
        let digitLetter = "regexp_replace(\(letterDigit), '(\\p{Nd})(\\p{L})', '\\1 \\2', 'g')"
        return "(' ' || replace(trim(\(digitLetter)), ' ', '  ') || ' ')"
    }

    /// `matchKey`: the tokens run together (`Cumplida parcialmente.` → `cumplidaparcialmente`).
    static func key(_ text: String) -> String {
        "regexp_replace(\(plain(text)), '[^\\p{L}\\p{Nd}]+', '', 'g')"
    }

    /// Lower case without accents; `º` and `ª` read as `o` and `a`, as compatibility
    /// decomposition has them (other compatibility forms, such as ligatures, are not mapped).
    private static func plain(_ text: String) -> String {
        "translate(strip_accents(lower(\(text))), 'ºª', 'oa')"
    }

    /// `facilityKey`: long unit types shortened, then the first designator (`u12`, `cpf1`,
    /// `cpfcaba`, `cfja`) not right after `ex`, else the first after `ex` as `ex…`, else all
    /// tokens run together.
    static func facilityKey(_ text: String) -> String {
        var tokens = tokens(text)
        for (words, short) in FacilityKeyRules.abbreviations {
            tokens = "replace(\(tokens), '\(spaced(words))', ' \(short) ')"
        }
        // Designators become one token marked `#`; a marked one right after `ex` becomes `%`.
        let fillers = "((\(FacilityKeyRules.fillers.joined(separator: "|")))  )*"
        var marked = "regexp_replace(\(tokens), ' (cpf|u)  \(fillers)0*([0-9]+) ', ' #\\1\\4 ', 'g')"
        marked = "regexp_replace(\(marked), ' (cpf|u)  \(fillers)(\(FacilityKeyRules.romans.joined(separator: "|"))) ', ' #\\1:\\4 ', 'g')"
        for (index, roman) in FacilityKeyRules.romans.enumerated() {
            marked = "replace(\(marked), ':\(roman) ', '\(index + 1) ')"
        }
        marked = "regexp_replace(\(marked), ' cpf  \(fillers)caba ', ' #cpfcaba ', 'g')"
        marked = "replace(\(marked), ' cfja ', ' #cfja ')"
        marked = "replace(\(marked), ' ex  #', ' ex  %')"
        return "list_transform([\(marked)], lambda k: coalesce(nullif(regexp_extract(k, '#(\\S+)', 1), ''), "
            + "'ex' || nullif(regexp_extract(k, '%(\\S+)', 1), ''), replace(k, ' ', '')))[1]"
    }

    /// Words as they appear in `tokens`: ` a  b `.
    private static func spaced(_ words: [String]) -> String {
        " " + words.joined(separator: "  ") + " "
    }
}
