import Frame
import Testing

@testable import FrameIO

/// The pieces under the .xlsx reader: dates, number formats, references, the XML scanner.
@Suite struct XLSXPartsTests {
    @Test func serialNumbersOnThe1900SystemKeepExcelsPhantomLeapDay() {
        let system = XLSXDateSystem.from1900
        #expect(system.day(serial: 1)?.description == "1900-01-01")
        #expect(system.day(serial: 59)?.description == "1900-02-28")
        #expect(system.day(serial: 60) == nil)
        #expect(system.day(serial: 61)?.description == "1900-03-01")
        #expect(system.day(serial: 44054.99)?.description == "2020-08-11")
        #expect(system.day(serial: 2_958_465)?.description == "9999-12-31")
        #expect(system.day(serial: 2_958_466) == nil)
        #expect(system.day(serial: 0) == nil)
        #expect(system.day(serial: .nan) == nil)
        #expect(XLSXDateSystem.from1904.day(serial: 0)?.description == "1904-01-01")
        #expect(XLSXDateSystem.from1904.day(serial: 42592)?.description == "2020-08-11")
    }

    @Test func dateFormatsAreBuiltInOrHaveDayMonthOrYearOutsideQuotesAndBrackets() {
        for id in [14, 17, 22, 45, 47] { #expect(XLSXNumberFormat.isDate(id: id, code: nil)) }
        for id in [0, 1, 13, 23, 44, 49] { #expect(!XLSXNumberFormat.isDate(id: id, code: nil)) }
        #expect(XLSXNumberFormat.isDate(id: 164, code: "dd/mm/yyyy"))
        #expect(XLSXNumberFormat.isDate(id: 164, code: "[$-416]mmm-yy"))
        #expect(XLSXNumberFormat.isDate(id: 164, code: "YYYY"))
        #expect(!XLSXNumberFormat.isDate(id: 164, code: "[Red]0.00"))
        #expect(!XLSXNumberFormat.isDate(id: 164, code: "0 \"dias\""))
        #expect(!XLSXNumberFormat.isDate(id: 164, code: "#,##0\\d"))
        #expect(!XLSXNumberFormat.isDate(id: 164, code: "General"))
    }

    @Test func cellReferencesRoundTrip() {
        #expect(XLSXCellReference("C7") == XLSXCellReference(column: 3, row: 7))
        #expect(XLSXCellReference("$AA$10")?.column == 27)
        #expect(XLSXCellReference("XFD1048576")?.description == "XFD1048576")
        #expect(XLSXCellReference("XFE1") == nil)
        #expect(XLSXCellReference("A0") == nil)
        #expect(XLSXCellReference("7C") == nil)
        #expect(XLSXCellReference.letters(ofColumn: 702) == "ZZ")
    }

    @Test func theScannerDecodesReferencesAndSkipsCommentsAndPrefixes() throws {
        var scanner = XMLScanner(bytes: Array("<?xml version=\"1.0\"?><!-- c --><x:a k='&lt;&#65;&#x42;'>1 &amp; 2<![CDATA[<z>]]></x:a>".utf8))
        guard case .start(let element, false)? = try scanner.next() else {
            Issue.record("no start tag")
            return
        }
        #expect(element.name == "a")
        #expect(element.attribute("k") == "<AB")
        #expect(try scanner.elementText() == "1 & 2<z>")
        #expect(try scanner.next() == nil)
    }

    @Test func theScannerRejectsBrokenMarkup() {
        for text in ["<a", "<a b>", "<a b=c>", "<a>&bogus;</a>", "<a>&#xFFFFFFFF;</a>", "<!-- open", "<a b=\"<\">"] {
            var scanner = XMLScanner(bytes: Array(text.utf8))
            #expect(throws: XLSXPartError.self, "\(text)") { while try scanner.next() != nil {} }
        }
    }

    @Test func richTextJoinsRunsWithoutPhoneticGuides() throws {
        let xml = "<si><r><t>a</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\"> b_x000D_</t></r><rPh><t>ignored</t></rPh></si>"
        #expect(try XLSXSharedStrings.parse(Array(xml.utf8)) == ["a b\r"])
    }
}
