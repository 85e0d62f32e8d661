/// Makes text safe for a cell: drops characters XML cannot carry and cuts text over Excel's limit.
///
/// libxlsxwriter 1.1.4 passes U+FFFE and U+FFFF straight into the XML (which is then not
/// well-formed), and a NUL would end the C string early. It counts its length limit in code points
/// while Excel counts UTF-16 units, so the cut is made here, in UTF-16 units.
struct CellText {
    /// The most UTF-16 units Excel keeps in one cell.
    static let maxLength = 32_767

    /// The marker appended to text that was cut.
    let marker: String
    /// How many texts have been cut so far.
    private(set) var truncatedCount = 0

    init(marker: String) { self.marker = marker }

    /// `text` without forbidden characters, cut to `maxLength` with the marker when longer.
    mutating func clean(_ text: String) -> String {
        let stripped = CellText.stripped(text)
        guard stripped.utf16.count > CellText.maxLength else { return stripped }
        truncatedCount += 1
        return CellText.prefix(of: stripped, utf16Length: CellText.maxLength - marker.utf16.count) + marker
    }

    /// Counts a text cut elsewhere with the same marker (a repeated string cleaned once).
    mutating func countTruncation() { truncatedCount += 1 }

    /// `text` without NUL, U+FFFE and U+FFFF.
    static func stripped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isForbidden) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter { !isForbidden($0) })
        return String(scalars)
    }

    /// The longest run of whole characters from the start of `text` within `utf16Length` units.
    static func prefix(of text: String, utf16Length: Int) -> String {
        var used = 0
        var end = text.startIndex
        for character in text {
            let width = character.utf16.count
            if used + width > utf16Length { break }
            used += width
            end = text.index(after: end)
        }
        return String(text[..<end])
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0 || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }
}
