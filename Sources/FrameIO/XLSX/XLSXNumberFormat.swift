/// Tells which number formats show a date, so that the numbers they format are read as days.
enum XLSXNumberFormat {
    /// Whether number format `id`, with format text `code` for a custom format, shows a date.
    ///
    /// Built-in formats 14–22 and 45–47 are the date and time formats. A custom format shows a
    /// date when a `d`, `m` or `y` (either case) appears outside quoted text, `[…]` sections
    /// (colours, conditions, elapsed-time counters) and escaped characters.
    static func isDate(id: Int, code: String?) -> Bool {
        if (14...22).contains(id) || (45...47).contains(id) { return true }
        guard let code else { return false }
        var iterator = code.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            switch scalar {
            case "\"":
                while let inner = iterator.next(), inner != "\"" {}
            case "[":
                while let inner = iterator.next(), inner != "]" {}
            case "\\", "_", "*":
                // An escaped character, a space as wide as the next character, a fill character.
                _ = iterator.next()
            case "d", "D", "m", "M", "y", "Y":
                return true
            default:
                break
            }
        }
        return false
    }
}
