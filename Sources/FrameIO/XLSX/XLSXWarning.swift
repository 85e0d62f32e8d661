/// Something the reader skipped or repaired and the user should know about; reading went on.
public struct XLSXWarning: Sendable, Hashable, CustomStringConvertible {
    /// The workbook's path.
    public var path: String
    /// The sheet's name.
    public var sheet: String
    /// The cell concerned (`C7`), if the warning is about one cell.
    public var cell: String?
    /// What was done, in a sentence.
    public var message: String

    /// `path: 'Sheet'!C7: warning: message`.
    public var description: String {
        "\(path): \(XLSXReadingError.place(sheet: sheet, cell: cell)): warning: \(message)"
    }
}
