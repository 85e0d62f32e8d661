/// A small pull scanner for the XML inside a workbook: start tags, end tags and text.
///
/// It reads what spreadsheet parts hold and nothing more: elements with attributes, character
/// and entity references, CDATA, comments and processing instructions (skipped), a document type
/// declaration without an internal subset (skipped). Names are returned without their namespace
/// prefix (`x:row` is `row`), since writers differ in the prefixes they use. It does not check
/// that end tags match start tags; the parts' readers only look for the elements they know.
///
///     var scanner = XMLScanner(bytes: Array("<a x=\"1\">hi</a>".utf8))
///     while let event = try scanner.next() { … }
struct XMLScanner {
    private let bytes: [UInt8]
    private var position = 0

    /// Prepares to scan `bytes`, UTF-8 XML with or without a byte order mark.
    init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// The next start tag, end tag or run of text, or `nil` at the end of the input.
    mutating func next() throws(XLSXPartError) -> XMLEvent? {
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") { return .text(try text()) }
            let next = position + 1 < bytes.count ? bytes[position + 1] : 0
            switch next {
            case UInt8(ascii: "/"):
                position += 2
                let name = try self.name()
                skipSpaces()
                try expect(UInt8(ascii: ">"), "'>' to close the end tag </\(name)>")
                return .end(name)
            case UInt8(ascii: "?"):
                try skip(past: "?>", what: "processing instruction")
            case UInt8(ascii: "!"):
                if starts(with: "<!--") {
                    try skip(past: "-->", what: "comment")
                } else if starts(with: "<![CDATA[") {
                    position += 9
                    let start = position
                    try skip(past: "]]>", what: "CDATA section")
                    return .text(String(decoding: bytes[start..<position - 3], as: UTF8.self))
                } else if starts(with: "<!DOCTYPE") {
                    try skip(past: ">", what: "document type declaration")
                } else {
                    throw error("'<!' that starts no comment, CDATA section or document type")
                }
            default:
                position += 1
                return try startTag()
            }
        }
        return nil
    }

    /// Skips everything up to the end of the element whose start tag was just read, nested
    /// elements included.
    mutating func skipElement() throws(XLSXPartError) {
        var depth = 1
        while let event = try next() {
            switch event {
            case .start(_, let selfClosing): if !selfClosing { depth += 1 }
            case .end: depth -= 1
            case .text: break
            }
            if depth == 0 { return }
        }
        throw error("the document ends inside an element")
    }

    /// The text up to the end of the element whose start tag was just read, nested elements'
    /// text included.
    mutating func elementText() throws(XLSXPartError) -> String {
        var depth = 1
        var text = ""
        while let event = try next() {
            switch event {
            case .start(_, let selfClosing): if !selfClosing { depth += 1 }
            case .end: depth -= 1
            case .text(let run): text += run
            }
            if depth == 0 { return text }
        }
        throw error("the document ends inside an element")
    }

    private mutating func startTag() throws(XLSXPartError) -> XMLEvent {
        let name = try self.name()
        var attributes: [XMLAttribute] = []
        while true {
            let hadSpace = skipSpaces()
            guard position < bytes.count else { throw error("the document ends inside the tag <\(name)>") }
            switch bytes[position] {
            case UInt8(ascii: ">"):
                position += 1
                return .start(XMLElement(name: name, attributes: attributes), selfClosing: false)
            case UInt8(ascii: "/"):
                position += 1
                try expect(UInt8(ascii: ">"), "'>' after '/' in the tag <\(name)>")
                return .start(XMLElement(name: name, attributes: attributes), selfClosing: true)
            default:
                guard hadSpace else { throw error("a space before the attributes of <\(name)>") }
                let attribute = try self.name()
                skipSpaces()
                try expect(UInt8(ascii: "="), "'=' after the attribute \(attribute) of <\(name)>")
                skipSpaces()
                attributes.append(XMLAttribute(name: attribute, value: try quotedValue()))
            }
        }
    }

    private mutating func quotedValue() throws(XLSXPartError) -> String {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'")
        else { throw error("an attribute value in quotes") }
        let quote = bytes[position]
        position += 1
        let start = position
        while position < bytes.count, bytes[position] != quote {
            if bytes[position] == UInt8(ascii: "<") { throw error("no '<' inside an attribute value") }
            position += 1
        }
        guard position < bytes.count else { throw error("the document ends inside an attribute value") }
        let raw = bytes[start..<position]
        position += 1
        return try XMLEntities.decode(raw, at: start)
    }

    private mutating func text() throws(XLSXPartError) -> String {
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "<") { position += 1 }
        return try XMLEntities.decode(bytes[start..<position], at: start)
    }

    /// A name, without its namespace prefix.
    private mutating func name() throws(XLSXPartError) -> String {
        let start = position
        var local = position
        while position < bytes.count, Self.isNameByte(bytes[position]) {
            if bytes[position] == UInt8(ascii: ":") { local = position + 1 }
            position += 1
        }
        guard position > start, local < position else { throw error("a tag or attribute name") }
        return String(decoding: bytes[local..<position], as: UTF8.self)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"),
            UInt8(ascii: "."), UInt8(ascii: ":"), 0x80...0xFF:
            true
        default: false
        }
    }

    @discardableResult
    private mutating func skipSpaces() -> Bool {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            guard byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D else { break }
            position += 1
        }
        return position > start
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws(XLSXPartError) {
        guard position < bytes.count, bytes[position] == byte else { throw error(what) }
        position += 1
    }

    private func starts(with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        let pattern = UnsafeBufferPointer(start: text.utf8Start, count: count)
        return bytes[position..<position + count].elementsEqual(pattern)
    }

    private mutating func skip(past end: StaticString, what: String) throws(XLSXPartError) {
        while position < bytes.count {
            if starts(with: end) {
                position += end.utf8CodeUnitCount
                return
            }
            position += 1
        }
        throw error("the document ends inside a \(what)")
    }

    private func error(_ expected: String) -> XLSXPartError {
        .malformed(offset: min(position, bytes.count), expected: expected)
    }
}

/// What the scanner found next.
enum XMLEvent {
    /// A start tag; `selfClosing` for `<tag/>`, which has no end tag.
    case start(XMLElement, selfClosing: Bool)
    /// An end tag, by local name.
    case end(String)
    /// Character data, with references decoded.
    case text(String)
}

/// A start tag: its local name and attributes.
struct XMLElement {
    /// The name without a namespace prefix.
    var name: String
    var attributes: [XMLAttribute]

    /// The value of the attribute with this local name (`id` finds `r:id`), if present.
    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}

/// One attribute of a start tag.
struct XMLAttribute {
    /// The name without its namespace prefix (`id` for `r:id`).
    var name: String
    var value: String
}
