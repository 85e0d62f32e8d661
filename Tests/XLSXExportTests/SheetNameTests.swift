import Testing

@testable import XLSXExport

@Suite("Sheet names")
struct SheetNameTests {
    @Test func eachBadNameHasItsProblem() {
        var taken = SheetNames()
        _ = taken.claim("Año", fallback: "x")
        #expect(SheetNameProblem.check("", taken: taken) == .empty)
        #expect(SheetNameProblem.check(String(repeating: "a", count: 32), taken: taken) == .tooLong)
        #expect(SheetNameProblem.check(String(repeating: "a", count: 31), taken: taken) == nil)
        for bad in ["[", "]", ":", "*", "?", "/", "\\"] {
            #expect(SheetNameProblem.check("Q1\(bad)Q2", taken: taken) == .invalidCharacter(Character(bad)))
        }
        #expect(SheetNameProblem.check("'Draft", taken: taken) == .edgeApostrophe)
        #expect(SheetNameProblem.check("Draft'", taken: taken) == .edgeApostrophe)
        #expect(SheetNameProblem.check("O'Brien", taken: taken) == nil)
        #expect(SheetNameProblem.check("History", taken: taken) == .reserved)
        #expect(SheetNameProblem.check("HISTORY", taken: taken) == .reserved)
        #expect(SheetNameProblem.check("AÑO", taken: taken) == .duplicate)
        #expect(SheetNameProblem.check("año", taken: taken) == .duplicate)
        #expect(SheetNameProblem.check("Años", taken: taken) == nil)
    }

    @Test func badNamesAreRepairedTheSameWayEveryTime() {
        var names = SheetNames()
        #expect(names.claim("", fallback: "Table 1") == "Table 1")
        #expect(names.claim("Q1/Q2 [draft]", fallback: "x") == "Q1-Q2 -draft-")
        #expect(names.claim("'Quoted'", fallback: "x") == "Quoted")
        #expect(names.claim("'''", fallback: "Table 4") == "Table 4")
        #expect(names.claim("History", fallback: "x") == "History (2)")
        #expect(names.claim("Año", fallback: "x") == "Año")
        #expect(names.claim("AÑO", fallback: "x") == "AÑO (2)")
        #expect(names.claim("año", fallback: "x") == "año (3)")
        let long = String(repeating: "Recommendation ", count: 4)
        let first = names.claim(long, fallback: "x")
        let second = names.claim(long, fallback: "x")
        #expect(first == "Recommendation Recommendation R")
        #expect(second == "Recommendation Recommendati (2)")
        #expect(second.utf16.count == 31)
    }

    @Test func namesCountUTF16UnitsAsExcelDoes() {
        var names = SheetNames()
        let emoji = String(repeating: "📊", count: 20)  // 40 UTF-16 units
        let claimed = names.claim(emoji, fallback: "x")
        #expect(claimed.utf16.count <= 31)
        #expect(claimed == String(repeating: "📊", count: 15))
    }

    @Test func dataSheetsNeverTakeFrontMatterNames() throws {
        let tables = [
            try ReportFixtures.textTable(name: "a", sheetName: "notes", values: ["x"]),
            try ReportFixtures.textTable(name: "b", sheetName: "", values: ["y"]),
        ]
        let plan = try WorkbookPlan(ReportFixtures.report(tables: tables))
        #expect(plan.sheets.map(\.name) == ["Cover", "Contents", "Notes", "notes (2)", "Table 2"])
    }
}
