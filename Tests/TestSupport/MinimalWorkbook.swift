/// The parts of a one-sheet .xlsx workbook, with the sheet's XML (and optionally the shared
/// strings and styles) given, so tests and fuzz targets can write any sheet they like.
public enum MinimalWorkbook {
    /// The parts of a workbook whose only sheet, named `sheetName`, holds `sheetData` (the
    /// children of `<sheetData>`); `workbookProperties` goes inside `<workbookPr …/>`.
    public static func parts(
        sheetData: String, sharedStrings: [String]? = nil, styles: String? = nil,
        sheetName: String = "Sheet1", workbookProperties: String = ""
    ) -> [(name: String, text: String)] {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var links = [("worksheet", "worksheets/sheet1.xml")]
        var parts: [(name: String, text: String)] = []
        if let sharedStrings {
            links.append(("sharedStrings", "sharedStrings.xml"))
            let items = sharedStrings.map { "<si><t>\($0)</t></si>" }.joined()
            parts.append(("xl/sharedStrings.xml", "<sst xmlns=\"\(main)\">\(items)</sst>"))
        }
        if let styles {
            links.append(("styles", "styles.xml"))
            parts.append(("xl/styles.xml", "<styleSheet xmlns=\"\(main)\">\(styles)</styleSheet>"))
        }
        let relationships = links.enumerated().map { index, link in
            "<Relationship Id=\"rId\(index + 1)\" Type=\"\(relationship)/\(link.0)\" Target=\"\(link.1)\"/>"
        }.joined()
        return [
            ("_rels/.rels",
             "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"\(relationship)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ("xl/workbook.xml",
             "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationship)\"><workbookPr \(workbookProperties)/>"
                + "<sheets><sheet name=\"\(sheetName)\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels",
             "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(relationships)</Relationships>"),
            ("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"\(main)\"><sheetData>\(sheetData)</sheetData></worksheet>"),
        ] + parts
    }
}
