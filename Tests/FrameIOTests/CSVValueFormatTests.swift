import Foundation
import Frame
import FrameIO
import Testing

/// One CSV text of `Tests/RealFiles/value_formats.json` and the columns pandas reads from it.
struct ValueFormatCase: Sendable, CustomTestStringConvertible {
    enum Expected: Sendable, Equatable {
        case number(Double)
        case bool(Bool)
        case text(String)
        case null
    }

    let name: String
    let csv: String
    let options: CSVReadingOptions
    let columns: [(name: String, type: String, values: [Expected])]

    var testDescription: String { name }

    /// The cases written by `Tests/RealFiles/value_formats.py`.
    static let all: [ValueFormatCase] = {
        let url = Fixtures.packageRoot.appendingPathComponent("Tests/RealFiles/value_formats.json")
        guard let data = try? Data(contentsOf: url),
            let cases = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]
        else { return [] }
        return cases.map(ValueFormatCase.init)
    }()

    private init(_ json: [String: Any]) {
        name = json["name"] as? String ?? ""
        csv = json["csv"] as? String ?? ""
        let given = json["options"] as? [String: Any] ?? [:]
        var options = CSVReadingOptions(delimiter: (given["delimiter"] as? String).flatMap(\.first) ?? ",")
        options.valueFormats.decimalMark = (given["decimal"] as? String).flatMap(\.first)
        options.valueFormats.dateOrder = (given["date_format"] as? String).flatMap(CSVDateOrder.init(pattern:))
        for (column, pattern) in given["dates"] as? [String: String] ?? [:] {
            options.valueFormats.columns[column] = CSVColumnValueFormat(dateOrder: CSVDateOrder(pattern: pattern))
        }
        self.options = options
        let columns = json["columns"] as? [String: [Any]] ?? [:]
        self.columns = columns.keys.sorted().map { column in
            let pair = columns[column]!
            let type = pair[0] as? String ?? ""
            let values = (pair[1] as? [Any] ?? []).map { value -> Expected in
                switch value {
                case let text as String: .text(text)
                case let number as NSNumber: type == "bool" ? .bool(number.boolValue) : .number(number.doubleValue)
                default: .null
                }
            }
            return (column, type, values)
        }
    }
}

@Suite("CSV reader: number, boolean, null and date forms, decided per column")
struct CSVValueFormatTests {
    @Test func casesAreThere() {
        #expect(ValueFormatCase.all.count >= 15)
    }

    @Test(arguments: ValueFormatCase.all)
    func readsAsPandasDoesWithTheSettlingOptions(_ example: ValueFormatCase) throws {
        let frame = try Fixtures.read(example.csv, options: example.options).frame
        for column in example.columns {
            #expect(frame[column.name]?.dataType.rawValue == column.type, "column \(column.name)")
            #expect(values(frame, column.name) == column.values, "column \(column.name)")
        }
    }

    private func values(_ frame: DataFrame, _ name: String) -> [ValueFormatCase.Expected] {
        if let integers = Fixtures.integers(frame, name) { return integers.map { $0.map { .number(Double($0)) } ?? .null } }
        if let doubles = Fixtures.doubles(frame, name) { return doubles.map { $0.map { .number($0) } ?? .null } }
        if let bools = Fixtures.bools(frame, name) { return bools.map { $0.map { .bool($0) } ?? .null } }
        if let dates = Fixtures.dates(frame, name) { return dates.map { $0.map { .text($0) } ?? .null } }
        return (Fixtures.strings(frame, name) ?? []).map { $0.map { .text($0) } ?? .null }
    }

    @Test func dayMonthAmbiguityIsAnErrorThatNamesTheOption() {
        let error = Fixtures.error("id,fecha\n1,01/02/2022\n2,03/04/2022\n")
        #expect(error?.description == """
            t.csv:2:2: error: the dates in column 'fecha' read both as day/month/year and as \
            month/day/year: no day or month is above 12 ('01/02/2022', '03/04/2022')
            hint: say which: from "t.csv" dates:{fecha = "dd/mm/yyyy"} (or "mm/dd/yyyy"), or \
            date_format:"dd/mm/yyyy" for every column of the file
            """)
    }

    @Test func ambiguityShowsAtMostFiveValues() {
        let rows = (1...7).map { "0\($0)/0\($0 + 1)/2022" }.joined(separator: "\n")
        guard case .ambiguousFormat(_, .dayMonthOrder(let samples))? = Fixtures.error("d\n" + rows + "\n") else {
            Issue.record("no ambiguity error")
            return
        }
        #expect(samples == ["01/02/2022", "02/03/2022", "03/04/2022", "04/05/2022", "05/06/2022"])
    }

    /// duckdb#11840: another column's dates never settle this column's order.
    @Test func orderDoesNotDependOnOtherColumns() {
        for text in ["a,b\n13/02/2022,01/02/2022\n", "b,a\n01/02/2022,13/02/2022\n"] {
            guard case .ambiguousFormat(let location, .dayMonthOrder)? = Fixtures.error(text) else {
                Issue.record("no ambiguity error for \(text)")
                continue
            }
            #expect(location.columnName == "b")
        }
    }

    @Test func decimalMarkAmbiguityIsAnErrorThatNamesTheOptions() throws {
        let error = Fixtures.error("x;y\n1,234;a\n5,000;b\n", options: CSVReadingOptions(delimiter: ";"))
        #expect(error?.description == """
            t.csv:2:1: error: the numbers in column 'x' read two ways: ',' may be the decimal mark or a \
            thousands separator ('1,234', '5,000')
            hint: say which: from "t.csv" decimal:"," if it marks decimals, or thousands:"," if it \
            separates thousands; decimal:{x = ","} sets one column
            """)
        var thousands = CSVReadingOptions(delimiter: ";")
        thousands.valueFormats.thousandsSeparator = ","
        #expect(try Fixtures.integers(Fixtures.read("x;y\n1,234;a\n5,000;b\n", options: thousands).frame, "x") == [1234, 5000])
    }

    @Test func mixedDecimalMarksAreReadWithAWarning() throws {
        let result = try Fixtures.read("p\n75.00%\n77,00%\n", options: CSVReadingOptions(delimiter: "\t"))
        #expect(Fixtures.doubles(result.frame, "p") == [0.75, 0.77])
        #expect(result.warnings.map(\.location.line) == [3])
        #expect(result.columnFormats.first?.mixedDecimalMarks == true)
    }

    @Test func timesOfDayKeepTextWithAWarning() throws {
        let result = try Fixtures.read("t\n2022-03-18 14:30\n")
        #expect(result.warnings.map(\.description) == [
            "t.csv:2:1: warning: column 't' holds dates with times of day ('2022-03-18 14:30'), kept as text; "
                + "only dates whose times are all midnight are read as dates",
        ])
    }

    @Test func columnFormatsSayWhatWasDecided() throws {
        let text = "n;p;d;b;f\n1.234,5;77,00%;18/03/2022;sí;-\n2;5%;01/02/2022;no;2\n"
        let formats = try Fixtures.read(text, options: CSVReadingOptions(delimiter: ";")).columnFormats
        #expect(formats.map(\.description) == [
            "double: decimal ',', thousands '.'",
            "double: decimal ',', percentages as fractions (50% is 0.5)",
            "date: dd/mm/yyyy",
            "bool: sí/no",
            "int64; no value: '-'",
        ])
    }

    @Test func requestedTypesStillRefuseOtherValues() {
        let error = Fixtures.error("n\n1\n1.5\n", options: CSVReadingOptions(types: ["n": .int64]))
        #expect(error == .failedToParse(
            CSVLocation(path: "t.csv", line: 3, column: 1, columnName: "n"), cell: "1.5", expected: .int64))
    }

    /// A column of text keeps its missing tokens as text: only typed columns read them as null.
    @Test func missingTokensStayTextInTextColumns() throws {
        let frame = try Fixtures.read("s\na\n-\n").frame
        #expect(Fixtures.strings(frame, "s") == ["a", "-"])
        let only = try Fixtures.read("s\n-\n\n").frame
        #expect(Fixtures.strings(only, "s") == ["-", nil])
    }

    @Test func datePatternsAreRead() {
        #expect(CSVDateOrder(pattern: "dd/mm/yyyy") == .dayMonthYear)
        #expect(CSVDateOrder(pattern: "m.d.y") == .monthDayYear)
        #expect(CSVDateOrder(pattern: "YYYY-MM-DD") == .yearMonthDay)
        #expect(CSVDateOrder(pattern: "dd/yyyy") == nil)
    }
}
