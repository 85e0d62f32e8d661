import Foundation

extension String {
    /// The text reduced for matching names typed in many ways: compatibility-decomposed
    /// (`º` becomes `o`), accents and other combining marks dropped, lower-cased, and split
    /// into runs of letters and runs of digits; punctuation and spacing only separate runs.
    ///
    ///     "UNIDAD N° 12".matchTokens   // ["unidad", "n", "12"]
    ///     "CPF1".matchTokens           // ["cpf", "1"]
    var matchTokens: [String] {
        var tokens: [String] = []
        var current = ""
        var currentIsDigit = false
        for scalar in lowercased().decomposedStringWithCompatibilityMapping.unicodeScalars {
            let properties = scalar.properties
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: break
            }
            let isDigit = properties.numericType == .decimal
            guard isDigit || properties.isAlphabetic else {
                if !current.isEmpty { tokens.append(current) }
                current = ""
                continue
            }
            if !current.isEmpty && isDigit != currentIsDigit {
                tokens.append(current)
                current = ""
            }
            current.unicodeScalars.append(scalar)
            currentIsDigit = isDigit
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    /// The match tokens run together: `"Cumplida  parcialmente."` and `"cumplida-parcialmente"`
    /// both give `cumplidaparcialmente`.
    var matchKey: String { matchTokens.joined() }
}

/// The Levenshtein distance between two strings, counted in Unicode scalars.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars)
    let b = Array(b.unicodeScalars)
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
        current[0] = i
        for j in stride(from: 1, through: b.count, by: 1) {
            current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
