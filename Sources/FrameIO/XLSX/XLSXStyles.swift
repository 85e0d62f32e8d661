/// The part of the style sheet (`xl/styles.xml`) the reader needs: which cell formats show
/// numbers as dates.
enum XLSXStyles {
    /// For each cell format (`<xf>` of `<cellXfs>`, which a cell cites with `s="…"`), whether
    /// its number format shows a date.
    static func dateFormats(_ bytes: [UInt8]) throws(XLSXPartError) -> [Bool] {
        var scanner = XMLScanner(bytes: bytes)
        var customFormats: [Int: String] = [:]
        var formatOfStyle: [Int] = []
        var inCellFormats = false
        while let event = try scanner.next() {
            switch event {
            case .start(let element, let selfClosing):
                switch element.name {
                case "numFmt":
                    if let id = element.attribute("numFmtId").flatMap({ Int($0) }), let code = element.attribute("formatCode") {
                        customFormats[id] = code
                    }
                case "cellXfs":
                    inCellFormats = !selfClosing
                case "xf" where inCellFormats:
                    formatOfStyle.append(element.attribute("numFmtId").flatMap { Int($0) } ?? 0)
                    if !selfClosing { try scanner.skipElement() }
                default:
                    break
                }
            case .end(let name):
                if name == "cellXfs" { inCellFormats = false }
            case .text:
                break
            }
        }
        return formatOfStyle.map { XLSXNumberFormat.isDate(id: $0, code: customFormats[$0]) }
    }
}
