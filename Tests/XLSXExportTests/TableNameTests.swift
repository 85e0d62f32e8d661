import Testing

@testable import XLSXExport

@Suite("Table names")
struct TableNameTests {
    @Test func cellReferencesAreRefused() {
        let none = TableNames()
        for name in ["A1", "Q1", "a1", "XFD1048576", "AB12", "ZZZ9", "R1C1", "r1c1", "RC", "R5", "C12", "C", "c", "R", "r"] {
            #expect(TableNameProblem.check(name, taken: none) == .cellReference, "\(name)")
        }
        for name in ["Table1", "ABCD1", "tbl_Q1", "Q1_2024", "Rates", "CR"] {
            #expect(TableNameProblem.check(name, taken: none) == nil, "\(name)")
        }
    }

    @Test func otherBadNamesAreRefused() {
        var taken = TableNames()
        _ = taken.claim(from: "ranking")
        #expect(TableNameProblem.check("", taken: taken) == .empty)
        #expect(TableNameProblem.check("1st", taken: taken) == .invalidStart)
        #expect(TableNameProblem.check(".x", taken: taken) == .invalidStart)
        #expect(TableNameProblem.check("rate-2024", taken: taken) == .invalidCharacter("-"))
        #expect(TableNameProblem.check("two words", taken: taken) == .invalidCharacter(" "))
        #expect(TableNameProblem.check(String(repeating: "t", count: 256), taken: taken) == .tooLong)
        #expect(TableNameProblem.check("TBL_RANKING", taken: taken) == .duplicate)
        #expect(TableNameProblem.check("_private.v2", taken: taken) == nil)
        #expect(TableNameProblem.check("\\escaped", taken: taken) == nil)
    }

    @Test func derivedNamesAreValidAndUnique() {
        var names = TableNames()
        #expect(names.claim(from: "response_by_quarter") == "tbl_response_by_quarter")
        #expect(names.claim(from: "A1") == "tbl_A1")
        #expect(names.claim(from: "rate-2024 T1") == "tbl_rate_2024_T1")
        #expect(names.claim(from: "Año") == "tbl_A_o")
        #expect(names.claim(from: "RESPONSE_BY_QUARTER") == "tbl_RESPONSE_BY_QUARTER_2")
        #expect(names.claim(from: "response_by_quarter") == "tbl_response_by_quarter_3")
        #expect(names.claim(from: String(repeating: "x", count: 400)).utf16.count <= TableNames.maxLength)
    }

    @Test func tablesNamedLikeCellsGetValidNamesInTheFile() throws {
        let tables = [
            try ReportFixtures.textTable(name: "Q1", sheetName: "First", values: ["x"]),
            try ReportFixtures.textTable(name: "q1", sheetName: "Second", values: ["y"]),
        ]
        let archive = try writtenArchive(of: ReportFixtures.report(tables: tables))
        #expect(try #require(archive.part("xl/tables/table3.xml")).contains(#"name="tbl_Q1""#))
        #expect(try #require(archive.part("xl/tables/table4.xml")).contains(#"name="tbl_q1_2""#))
    }
}
