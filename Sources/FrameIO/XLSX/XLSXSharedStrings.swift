/// The shared string table (`xl/sharedStrings.xml`): the texts that cells of type `s` cite by
/// position.
enum XLSXSharedStrings {
    /// The texts, in order; rich-text runs are joined into one plain text.
    static func parse(_ bytes: [UInt8]) throws(XLSXPartError) -> [String] {
        var scanner = XMLScanner(bytes: bytes)
        var strings: [String] = []
        while let event = try scanner.next() {
            guard case .start(let element, let selfClosing) = event, element.name == "si" else { continue }
            strings.append(selfClosing ? "" : try scanner.richText())
        }
        return strings
    }
}
