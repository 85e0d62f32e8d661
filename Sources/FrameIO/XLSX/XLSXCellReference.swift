/// A cell's place on a sheet in A1 notation: column letters, then the row number.
struct XLSXCellReference: Hashable, Comparable, CustomStringConvertible {
    /// The largest row number a sheet has (1,048,576).
    static let maxRow = 1 << 20
    /// The largest column number a sheet has (16,384, column XFD).
    static let maxColumn = 1 << 14

    /// The column, from 1 (A).
    var column: Int
    /// The row, from 1.
    var row: Int

    init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// Parses `C7` (also `$C$7`); `nil` when the text is not a reference inside a sheet's bounds.
    init?(_ text: String) {
        var column = 0
        var row = 0
        var sawDigit = false
        for byte in text.utf8 where byte != UInt8(ascii: "$") {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where !sawDigit:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
            default:
                return nil
            }
            if column > Self.maxColumn || row > Self.maxRow { return nil }
        }
        guard column >= 1, row >= 1 else { return nil }
        self.init(column: column, row: row)
    }

    /// The letters of a column number: 1 is `A`, 27 is `AA`.
    static func letters(ofColumn column: Int) -> String {
        var letters: [Character] = []
        var rest = column
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters.insert(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(digit))), at: 0)
            rest = (rest - 1) / 26
        }
        return String(letters)
    }

    /// `C7`.
    var description: String { Self.letters(ofColumn: column) + String(row) }

    static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}
