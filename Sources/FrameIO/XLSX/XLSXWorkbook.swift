import Foundation

/// An opened .xlsx file: its sheets in tab order, its date system, and access to its parts.
///
/// The workbook part is found through the package's root relationships (`_rels/.rels`), and
/// each sheet's part, the shared strings and the style sheet through the workbook's
/// relationships, as the format prescribes, rather than by their usual names.
struct XLSXWorkbook {
    /// One tab of the workbook.
    struct Sheet {
        /// The name on the tab.
        var name: String
        /// The part that holds its cells, when the workbook links one.
        var part: String?
        /// Whether it is a worksheet (not a chart sheet or a macro sheet).
        var isWorksheet: Bool
    }

    let path: String
    /// The sheets, in tab order.
    let sheets: [Sheet]
    let dateSystem: XLSXDateSystem
    private let archive: ZipArchive
    private let sharedStringsPart: String?
    private let stylesPart: String?

    /// Opens the workbook at `path` and reads its list of sheets.
    init(path: String) throws(XLSXReadingError) {
        self.path = path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .fileNotFound(path: path) }
        if isDirectory.boolValue { throw .unreadableFile(path: path, reason: "it is a directory") }
        guard FileManager.default.isReadableFile(atPath: path) else { throw .unreadableFile(path: path, reason: "permission denied") }
        guard let archive = ZipArchive(path: path) else { throw .notAWorkbook(path: path, reason: "it is not a zip file") }
        self.archive = archive

        var workbookPart = "xl/workbook.xml"
        let root = try Self.parse("_rels/.rels", in: archive, path: path) { bytes throws(XLSXPartError) in
            try XLSXRelationship.parse(bytes, source: "")
        }
        if let main = root?.first(where: { $0.leads(to: "officeDocument") }) { workbookPart = main.target }
        guard let listing = try Self.parse(workbookPart, in: archive, path: path, XLSXWorkbookListing.init) else {
            throw .notAWorkbook(path: path, reason: "it holds no workbook part (\(workbookPart)); it may be another kind of zip file")
        }
        let relationships = try Self.parse(XLSXRelationship.relationshipsPart(of: workbookPart), in: archive, path: path) {
            bytes throws(XLSXPartError) in try XLSXRelationship.parse(bytes, source: workbookPart)
        } ?? []
        sheets = listing.sheets.map { entry in
            let link = relationships.first { $0.id == entry.relationship }
            return Sheet(name: entry.name, part: link?.target, isWorksheet: link?.leads(to: "worksheet") ?? false)
        }
        dateSystem = listing.dateSystem
        sharedStringsPart = relationships.first { $0.leads(to: "sharedStrings") }?.target
        stylesPart = relationships.first { $0.leads(to: "styles") }?.target
    }

    /// The sheet a selector picks; the first sheet when there is no selector.
    func sheet(_ selector: XLSXSheetSelector?) throws(XLSXReadingError) -> Sheet {
        let names = sheets.map(\.name)
        guard !sheets.isEmpty else { throw .notAWorkbook(path: path, reason: "its workbook part lists no sheet") }
        switch selector {
        case nil:
            return sheets[0]
        case .position(let position):
            guard position >= 1, position <= sheets.count else {
                throw .sheetOutOfRange(path: path, position: position, available: names)
            }
            return sheets[position - 1]
        case .name(let name):
            // Excel treats sheet names without regard to case.
            guard let sheet = sheets.first(where: { $0.name == name })
                ?? sheets.first(where: { $0.name.lowercased() == name.lowercased() })
            else { throw .unknownSheet(path: path, name: name, available: names) }
            return sheet
        }
    }

    /// The cells of `sheet`.
    func cells(of sheet: Sheet) throws(XLSXReadingError) -> XLSXWorksheet {
        guard sheet.isWorksheet, let part = sheet.part else { throw .notAWorksheet(path: path, sheet: sheet.name) }
        let strings = try sharedStringsPart.flatMap { part throws(XLSXReadingError) in
            try Self.parse(part, in: archive, path: path, XLSXSharedStrings.parse)
        } ?? []
        let dateFormats = try stylesPart.flatMap { part throws(XLSXReadingError) in
            try Self.parse(part, in: archive, path: path, XLSXStyles.dateFormats)
        }
        let context = XLSXWorksheet.Context(
            path: path, sheet: sheet.name, sharedStrings: strings, dateFormats: dateFormats, dateSystem: dateSystem)
        guard let cells = try Self.parse(part, in: archive, path: path, { bytes throws(XLSXPartError) in
            try XLSXWorksheet(bytes, context: context)
        }) else {
            throw .damagedPart(path: path, part: part, reason: "the sheet '\(sheet.name)' links to this part, which is missing")
        }
        return cells
    }

    /// The part `name` read by `parser`, or `nil` when the archive lacks it.
    private static func parse<Part>(
        _ name: String, in archive: ZipArchive, path: String, _ parser: ([UInt8]) throws(XLSXPartError) -> Part
    ) throws(XLSXReadingError) -> Part? {
        let bytes: [UInt8]?
        do {
            bytes = try archive.read(name)
        } catch {
            throw .damagedPart(path: path, part: error.part, reason: error.reason)
        }
        guard let bytes else { return nil }
        do {
            return try parser(bytes)
        } catch {
            switch error {
            case .malformed(let offset, let expected):
                throw .damagedPart(path: path, part: name, reason: "malformed XML at byte \(offset): expected \(expected)")
            case .cell(let cellError):
                throw cellError
            }
        }
    }
}

/// What the workbook part (`xl/workbook.xml`) says: the sheets, in tab order, and the date system.
struct XLSXWorkbookListing {
    var sheets: [(name: String, relationship: String)] = []
    var dateSystem = XLSXDateSystem.from1900

    init(_ bytes: [UInt8]) throws(XLSXPartError) {
        var scanner = XMLScanner(bytes: bytes)
        while let event = try scanner.next() {
            guard case .start(let element, _) = event else { continue }
            switch element.name {
            case "workbookPr":
                if let flag = element.attribute("date1904"), flag == "1" || flag == "true" { dateSystem = .from1904 }
            case "sheet":
                sheets.append((element.attribute("name") ?? "", element.attribute("id") ?? ""))
            default:
                break
            }
        }
    }
}
