import Frame

/// Decides the type of a column that the one pass read as text, from all of its distinct values
/// at once, so that no choice depends on the order of the rows or of the columns.
///
/// The pass reads plain integers, decimals with a `.` and ISO dates itself; a column lands here
/// when some value is anything else. In this order, the column is:
/// - boolean if every value is one language's words: `true`/`false`, `sí`/`si`/`no`, or
///   `sim`/`não`/`nao`, in any case;
/// - integer or double if every value is a number with one decimal mark and thousands
///   separators in groups of three (`1.234,56` or `1,234.56`), decided for the whole column:
///   a value such as `2,5` or `1.234,5` shows that `,` is the decimal mark, and a column where
///   every separated value reads both ways (`1,234`) is an error that asks. Percentages
///   (`77,00%`, `12.5 %`, every value with its sign) become fractions: 0.77, 0.125;
/// - date if every value is a date of one family (year first; day and month first; with a month
///   name in English, Spanish or Portuguese). Day/month order is decided by the values above 12;
///   when every value fits both orders it is an error that asks. A time of day that is always
///   midnight is dropped; any other time keeps the column as text, with a warning;
/// - else text.
/// Values listed in `CSVValueFormats.missingTokens` (`-`, `s/d`, …) are nulls when the rest of
/// the column is typed, and text otherwise.
struct TypeInference {
    /// What each distinct value (by dictionary code) becomes.
    enum Values {
        case text
        case integers([Int64])
        case doubles([Double])
        case bools([Bool])
        case dates([Day])
    }

    /// A decided column: the value of each code, which codes are null, and the report.
    struct Decision {
        var values: Values
        var isMissing: [Bool]
        var format: CSVColumnFormat
        var warning: CSVWarning?
    }

    let name: String
    let distinct: [UnsafeBufferPointer<UInt8>]
    let format: CSVColumnValueFormat
    let requested: DataType?
    /// Whether each code is a missing token.
    let isMissing: [Bool]
    /// The codes of the values that are not missing tokens, in order of first appearance.
    let candidates: [Int]
    /// How many rows hold each code; computed only when the mostly-dates rule needs it.
    let occurrences: () -> [Int]
    /// Where the first row holding a code is.
    let locate: (Int) -> CSVLocation

    init(
        name: String, distinct: [UnsafeBufferPointer<UInt8>], format: CSVColumnValueFormat, requested: DataType?,
        missingTokens: [String], occurrences: @escaping () -> [Int], locate: @escaping (Int) -> CSVLocation
    ) {
        self.name = name
        self.distinct = distinct
        self.format = format
        self.requested = requested
        self.occurrences = occurrences
        self.locate = locate
        let tokens = missingTokens.map { Array($0.utf8) }
        isMissing = distinct.map { value in tokens.contains { $0.elementsEqual(value) } }
        candidates = distinct.indices.filter { [isMissing] in !isMissing[$0] }
    }

    /// Why a detector gave up.
    private enum Failure: Error {
        /// The value with this code does not fit.
        case value(Int)
        /// The values fit, but not as one column of this type (mixed forms, times of day).
        case form(CSVWarning?)
        /// The values fit in two ways and the user must choose.
        case ambiguous(CSVReadingError)
    }

    func decide() throws(CSVReadingError) -> Decision {
        if let requested { return try decide(as: requested) }
        guard !candidates.isEmpty else { return text() }
        if let bools = try? bools() { return bools }
        if let numbers = try numbersIfAny() { return numbers }
        do {
            return try dates()
        } catch {
            switch error {
            case .value:
                if let error = mostlyDatesError() { throw error }
                return text()
            case .form(let warning):
                var decision = text()
                decision.warning = warning
                return decision
            case .ambiguous(let ambiguity):
                throw ambiguity
            }
        }
    }

    private func decide(as type: DataType) throws(CSVReadingError) -> Decision {
        do {
            switch type {
            case .string: return text()
            case .bool: return try bools()
            case .int64, .double:
                var decision = try numbers(decimal: try decimalMark(), requireIntegers: type == .int64)
                if type == .double, case .integers(let values) = decision.values {
                    decision.values = .doubles(values.map(Double.init))
                    decision.format.type = .double
                }
                return decision
            case .date: return try dates(mixingFamilies: true)
            }
        } catch {
            switch error {
            case .value(let code): throw failure(code, expected: type)
            case .form: throw failure(candidates[0], expected: type)
            case .ambiguous(let ambiguity): throw ambiguity
            }
        }
    }

    private func failure(_ code: Int, expected: DataType) -> CSVReadingError {
        .failedToParse(locate(code), cell: String(decoding: distinct[code], as: UTF8.self), expected: expected)
    }

    private func text() -> Decision {
        Decision(
            values: .text, isMissing: Array(repeating: false, count: distinct.count),
            format: CSVColumnFormat(name: name, type: .string))
    }

    private var missingFound: [String] {
        distinct.indices.filter { isMissing[$0] }.map { String(decoding: distinct[$0], as: UTF8.self) }
    }

    private func decision(_ values: Values, _ format: CSVColumnFormat) -> Decision {
        var format = format
        format.missingTokens = missingFound
        return Decision(values: values, isMissing: isMissing, format: format)
    }

    // MARK: Booleans

    private static let booleanWords: [String: (language: Int, value: Bool)] = [
        "true": (0, true), "false": (0, false),
        "sí": (1, true), "si": (1, true), "no": (1, false),
        "sim": (2, true), "não": (2, false), "nao": (2, false),
    ]
    private static let languageWords = [["true", "false"], ["sí", "no"], ["sim", "não"]]

    private func bools() throws(Failure) -> Decision {
        var values = Array(repeating: false, count: distinct.count)
        var language: Int?
        for code in candidates {
            let word = distinct[code].count <= 6 ? String(decoding: distinct[code], as: UTF8.self).lowercased() : ""
            guard let entry = Self.booleanWords[word], language == nil || language == entry.language else {
                throw .value(code)
            }
            language = entry.language
            values[code] = entry.value
        }
        return decision(.bools(values), CSVColumnFormat(
            name: name, type: .bool, booleanWords: Self.languageWords[language ?? 0]))
    }

    // MARK: Numbers

    /// The column as numbers, `nil` when it is not one, or an error when the decimal mark is
    /// ambiguous.
    private func numbersIfAny() throws(CSVReadingError) -> Decision? {
        let decimal: UInt8
        do {
            decimal = try decimalMark()
        } catch .ambiguous(let ambiguity) {
            throw ambiguity
        } catch {
            return nil
        }
        return try? numbers(decimal: decimal)
    }

    /// The column's decimal mark: the option, else what the values show.
    private func decimalMark() throws(Failure) -> UInt8 {
        if let mark = format.decimalMark?.asciiValue { return mark }
        var decimals: Set<UInt8> = []
        var either: [(code: Int, mark: UInt8)] = []
        var grouped = false
        for code in candidates {
            let body = WrittenNumber.withoutPercent(distinct[code]).body
            switch WrittenNumber.evidence(body) {
            case nil:
                // Exponents and other forms `CellParser` reads are dot-decimal numbers.
                guard CellParser.double(body) != nil else { throw .value(code) }
                decimals.insert(WrittenNumber.dot)
            case .none?: break
            case .decimal(let mark)?: decimals.insert(mark)
            case .grouped(let mark)?:
                decimals.insert(mark)
                grouped = true
            case .either(let mark)?: either.append((code, mark))
            }
        }
        if decimals.count == 2 {
            // `75.00%` and `77,00%` in one column: each value can mean only one thing, as long as
            // none has a thousands separator or reads two ways.
            guard !grouped, either.isEmpty else { throw .form(nil) }
            return WrittenNumber.eachValuesMark
        }
        if let mark = decimals.first { return mark }
        guard let first = either.first else { return WrittenNumber.dot }
        // With a thousands separator set, the other mark is the decimal mark.
        if let thousands = format.thousandsSeparator, thousands.utf8.count == 1 {
            return thousands == "." ? WrittenNumber.comma : WrittenNumber.dot
        }
        throw .ambiguous(.ambiguousFormat(locate(first.code), .decimalMark(
            Character(Unicode.Scalar(first.mark)),
            samples: either.prefix(5).map { String(decoding: distinct[$0.code], as: UTF8.self) })))
    }

    private func numbers(decimal: UInt8, requireIntegers: Bool = false) throws(Failure) -> Decision {
        let mixed = decimal == WrittenNumber.eachValuesMark
        let thousands: UInt8? = switch format.thousandsSeparator {
        case _ where mixed: nil
        case nil: decimal == WrittenNumber.dot ? WrittenNumber.comma : WrittenNumber.dot
        case ""?: nil
        case let separator?: separator.utf8.first
        }
        var texts = Array(repeating: [UInt8](), count: distinct.count)
        var percentages: Bool?
        var usedThousands = false
        for code in candidates {
            let (body, isPercentage) = WrittenNumber.withoutPercent(distinct[code])
            guard percentages == nil || percentages == isPercentage else { throw .value(code) }
            percentages = isPercentage
            let mark = mixed ? (body.contains(WrittenNumber.comma) ? WrittenNumber.comma : WrittenNumber.dot) : decimal
            if mark == WrittenNumber.dot, CellParser.double(body) != nil {
                texts[code] = Array(body)
            } else if let plain = WrittenNumber.plainText(body, decimal: mark, thousands: thousands) {
                texts[code] = plain
                usedThousands = usedThousands || thousands.map(body.contains) ?? false
            } else {
                throw .value(code)
            }
        }
        var format = CSVColumnFormat(
            name: name, type: .int64, thousandsSeparator: usedThousands ? thousands.map { Character(Unicode.Scalar($0)) } : nil,
            isPercentage: percentages == true)
        if percentages != true {
            var integers = Array(repeating: Int64(0), count: distinct.count)
            let notInteger = candidates.first { code in
                guard let value = texts[code].withUnsafeBufferPointer(CellParser.integer) else { return true }
                integers[code] = value
                return false
            }
            guard let notInteger else { return decision(.integers(integers), format) }
            if requireIntegers { throw .value(notInteger) }
        } else if requireIntegers, let first = candidates.first {
            throw .value(first)
        }
        var doubles = Array(repeating: 0.0, count: distinct.count)
        for code in candidates {
            if percentages == true { texts[code] += Array("e-2".utf8) }
            guard let value = texts[code].withUnsafeBufferPointer(CellParser.double) else { throw .value(code) }
            doubles[code] = value
        }
        format.type = .double
        guard mixed else {
            format.decimalMark = Character(Unicode.Scalar(decimal))
            return decision(.doubles(doubles), format)
        }
        format.mixedDecimalMarks = true
        var mixedDecision = decision(.doubles(doubles), format)
        let firstMark = distinct[candidates[0]].contains(WrittenNumber.comma)
        if let other = candidates.first(where: { distinct[$0].contains(WrittenNumber.comma) != firstMark }) {
            mixedDecision.warning = .mixedDecimalMarks(locate(other), example: String(decoding: distinct[other], as: UTF8.self))
        }
        return mixedDecision
    }

    // MARK: Dates

    /// The column as dates of one family; of any families when the caller asked for dates.
    private func dates(mixingFamilies: Bool = false) throws(Failure) -> Decision {
        var written: [WrittenDate?] = Array(repeating: nil, count: distinct.count)
        for code in candidates {
            guard let date = WrittenDate(distinct[code]) else { throw .value(code) }
            written[code] = date
        }
        guard !candidates.isEmpty else {
            return decision(.dates(Array(repeating: Day(daysSinceEpoch: 0), count: distinct.count)),
                            CSVColumnFormat(name: name, type: .date))
        }
        let families = Set(candidates.map { written[$0]!.family })
        guard families.count == 1 || mixingFamilies else { throw .form(nil) }
        if let code = candidates.first(where: { written[$0]!.time == .other }) {
            throw .form(.timesKeptAsText(locate(code), example: String(decoding: distinct[code], as: UTF8.self)))
        }
        var dayFirst = false
        var forms: [String] = []
        if families.contains(.yearFirst) { forms.append("yyyy-mm-dd") }
        if families.contains(.dayOrMonthFirst) {
            dayFirst = try self.dayFirst(written)
            forms.append(dayFirst ? "dd/mm/yyyy" : "mm/dd/yyyy")
        }
        if families.contains(.monthName) { forms.append("day and month name") }
        var days = Array(repeating: Day(daysSinceEpoch: 0), count: distinct.count)
        for code in candidates {
            guard let day = written[code]!.day(dayFirst: dayFirst) else { throw .value(code) }
            days[code] = day
        }
        let midnight = candidates.contains { written[$0]!.time == .midnight }
        return decision(.dates(days), CSVColumnFormat(
            name: name, type: .date, dateForm: forms.joined(separator: " or "), droppedMidnight: midnight))
    }

    /// Whether numeric dates put the day first: the option, else the values above 12. Values
    /// above 12 in both places are two orders in one column, which is not a date column.
    private func dayFirst(_ written: [WrittenDate?]) throws(Failure) -> Bool {
        switch format.dateOrder {
        case .dayMonthYear?: return true
        case .monthDayYear?: return false
        case .yearMonthDay?: throw .form(nil)
        case nil: break
        }
        let numeric = candidates.filter { written[$0]!.family == .dayOrMonthFirst }
        let dayFirst = numeric.contains { written[$0]!.first > 12 }
        let monthFirst = numeric.contains { written[$0]!.second > 12 }
        if dayFirst && monthFirst { throw .form(nil) }
        if dayFirst || monthFirst { return dayFirst }
        let samples = numeric.prefix(5).map { String(decoding: distinct[$0], as: UTF8.self) }
        throw .ambiguous(.ambiguousFormat(locate(numeric[0]), .dayMonthOrder(samples: samples)))
    }

    // MARK: Mostly dates

    /// The error for a column whose first value is a date and most of whose rows are dates, but
    /// not all: reading it as text would silently turn every date into a string, reading it as
    /// dates would silently drop values, so the reader asks.
    private func mostlyDatesError() -> CSVReadingError? {
        guard WrittenDate(distinct[candidates[0]]) != nil else { return nil }
        let counts = occurrences()
        var dates = 0
        var others: [Int] = []
        var otherRows = 0
        for code in candidates {
            if let date = WrittenDate(distinct[code]), date.day(dayFirst: true) ?? date.day(dayFirst: false) != nil {
                dates += counts[code]
            } else {
                others.append(code)
                otherRows += counts[code]
            }
        }
        guard let first = others.first, otherRows < dates else { return nil }
        let text = { (code: Int) in String(decoding: distinct[code], as: UTF8.self) }
        return .notADate(
            locate(first), cell: text(first), dates: dates, others: otherRows, samples: others.prefix(5).map(text))
    }
}
