/// How to write a CSV file. The defaults give RFC 4180 text for machines: `,` separators,
/// CRLF line ends, UTF-8 without a byte order mark, a header row, formula escaping on.
public struct CSVWritingOptions: Sendable {
    /// Whether the first line names the columns. Default `true`.
    public var includesHeader: Bool
    /// Whether the file starts with the UTF-8 byte order mark (`EF BB BF`), which Excel on
    /// Windows needs to read UTF-8 reliably but some strict parsers take as part of the first
    /// header. Default `false`.
    public var includesByteOrderMark: Bool
    /// Whether text cells that a spreadsheet would run as a formula get a leading `'`.
    /// Default `true`; see `CSVWriter`.
    public var escapesFormulas: Bool

    /// Creates writing options; each parameter defaults to the value documented on its property.
    public init(
        includesHeader: Bool = true, includesByteOrderMark: Bool = false,
        escapesFormulas: Bool = true
    ) {
        self.includesHeader = includesHeader
        self.includesByteOrderMark = includesByteOrderMark
        self.escapesFormulas = escapesFormulas
    }
}
