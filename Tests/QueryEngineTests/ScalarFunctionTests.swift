import Foundation
import Frame
import FrameIO
import QueryEngine
import QuerySyntax
import Testing
import TestSupport

/// Runs a pipeline over the golden folder's `expressions.csv` and returns its frame.
private func runOverExpressions(_ pipeline: String) throws -> DataFrame {
    let folder = Fixtures.path("Tests/QueryEngineTests/Golden")
    let file = SourceFile(name: "q.query", text: "let result = (\nfrom \"expressions.csv\"\n\(pipeline)\n)\n")
    let read = { (source: Source, columns: [String]?) throws -> DataFrame in
        try CSVReader.read(path: "\(folder)/\(source.path)", options: CSVReadingOptions(columns: columns)).frame
    }
    let bound = try Binder.bind(try Parser.parse(file)) { try Schema(of: read($0, nil)) }
    var executor = Executor { source, columns in try read(source, columns) }
    var result = DataFrame()
    for relation in bound.relations { result = try executor.run(relation.plan, as: relation.name) }
    return result
}

/// Errors and edge cases of the scalar functions that the golden cases (DuckDB's results on
/// `expressions.csv`) cannot show: stopped runs, empty input, all-null columns.
@Suite struct ScalarFunctionTests {
    @Test func aValueThatDoesNotConvertNamesItsRowAndTheWayOut() throws {
        // Row 4 of expressions.csv holds `abc`, the first raw text that is not a number.
        let error = #expect(throws: InputValueError.self) { try runOverExpressions("derive {r = as int raw}") }
        #expect(error?.message == "cannot convert 'abc' (first in row 4) to int: expected a whole number such as 12 or -3 (a decimal such as 2.5 rounds to 3) within 64 bits")
        #expect(error?.hint.contains("try_as int") == true)
    }

    @Test func aValueRemovedByAFilterDoesNotStopTheConversion() throws {
        let frame = try runOverExpressions("filter id < 4\nderive {r = as int raw}\nselect {r}")
        #expect(frame.columns[0].rowValues == [.int(42), .int(7), .int(3)])
    }

    @Test func emptyInputGivesEmptyColumnsOfTheRightType() throws {
        let frame = try runOverExpressions(
            "filter false\nderive {a = fold name, b = week seen, c = (n | in [1, null]), d = try_as date raw}\nselect {a, b, c, d}")
        #expect(frame.rowCount == 0)
        #expect(frame.columns.map(\.dataType) == [.string, .int64, .bool, .date])
    }

    @Test func allNullColumnsGiveNulls() throws {
        // Row 5 is null in every column but code.
        let frame = try runOverExpressions("""
            filter id == 5
            derive {a = upper name, b = contains name "a", c = substring name 1 2, d = date_trunc quarter seen fiscal_start:7, e = (n | in 1..3), f = as text x, g = split_part code "-" n}
            select {a, b, c, d, e, f, g}
            """)
        #expect(frame.rowCount == 1)
        #expect(frame.columns.allSatisfy { $0.nullCount == 1 })
    }

    @Test func accentedNamesMatchOnceFolded() throws {
        // `Ł` is a letter of its own, not an accented `L`, so it folds to `ł`.
        let frame = try runOverExpressions("filter (fold name) == \"nandu\" || (fold name) == \"łodz\"\nselect {id}")
        #expect(frame.columns[0].rowValues == [.int(3), .int(4)])
    }

    @Test(arguments: [
        ("derive {d = as int seen}", "'as' expects a value that converts to int; date does not"),
        ("derive {d = date_trunc fortnight seen}", "'date_trunc' expects a part here: one of week, month, quarter, year"),
        ("derive {d = date_trunc week seen fiscal_start:7}", "fiscal_start only with quarter or year, not week"),
        ("derive {d = date_trunc quarter seen fiscal_start:13}", "fiscal_start to be a month, 1–12"),
        ("derive {d = (n | in [])}", "the list of 'in' is empty"),
        ("derive {d = (n | in [\"a\"])}", "cannot compare int64 with string"),
        ("derive {d = (n | in [id])}", "the list of 'in' holds constants only"),
        ("derive {d = between n 1}", "between VALUE LOW HIGH"),
        ("derive {d = concat name n}", "convert it with (as text x)"),
    ])
    func misuseIsReportedWithWhatWasExpected(_ pipeline: String, _ message: String) {
        let error = #expect(throws: (any Error).self) { try runOverExpressions(pipeline) }
        #expect(error.map { "\($0)".contains(message) } == true, "\(String(describing: error))")
    }
}

extension AnyColumn {
    fileprivate var rowValues: [Value] { (0..<count).map { self[$0] } }
}
