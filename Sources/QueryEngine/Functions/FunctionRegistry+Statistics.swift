import Frame
import OversightStats

extension FunctionRegistry {
    static let statistics: [ScalarFunction] = [
        function(
            "status", "The canonical status of a status text written in any of the sources' spellings (cumplida, En trámite, implemented…): complied, partially_complied, in_progress, not_complied, no_response, withdrawn or not_applicable. `aliases:[\"hecha=complied\"]` adds spellings.",
            [("text", [.string])], options: ["aliases": .list([])], returns: { _ in .string },
            kernel: { args, options in
                let vocabulary = try vocabulary(options)
                return try mapEntries(args[0]) { text, row in
                    guard let status = vocabulary.status(of: text) else {
                        throw InputValueError(
                            "unknown status '\(text)' (first in row \(row + 1))",
                            hint: "write it as one of the known spellings, or add it: status col aliases:[\"\(text)=complied\"]")
                    }
                    return status.rawValue
                }
            }),
        function(
            "is_closed", "Whether a status (any spelling) counts as closed: complied, withdrawn or not_applicable by default; `closed:[…]` sets the closed statuses.",
            [("status", [.string])],
            options: ["closed": .list([.string("complied"), .string("withdrawn"), .string("not_applicable")]), "aliases": .list([])],
            returns: { _ in .bool },
            kernel: { args, options in
                let vocabulary = try vocabulary(options)
                guard case .list(let names)? = options.values["closed"] else { preconditionFailure("default given") }
                let closed = Set(names.compactMap { if case .string(let s) = $0 { ComplianceStatus(rawValue: s) } else { nil } })
                let flags = try mapEntries(args[0]) { text, row in
                    guard let status = vocabulary.status(of: text) else {
                        throw InputValueError("unknown status '\(text)' (first in row \(row + 1))",
                            hint: "write it as one of the known spellings, or add it with aliases:[\"\(text)=complied\"]")
                    }
                    return closed.contains(status) ? "1" : "0"
                }
                return RowWise.booleans(flags.count) { flags.text(at: $0).map { $0 == "1" } }
            }),
        function(
            "facility_id", "The canonical id of an SPF unit however it is spelt (U.12, Unidad 12, (U-12) → U-12; CPF1, C.P.F. I → CPF-I). A name that matches no unit is an error listing the closest.",
            [("name", [.string])], returns: { _ in .string },
            kernel: { args, _ in
                try mapEntries(args[0]) { text, row in
                    do {
                        return try FacilityDirectory.spf.resolve(text).id
                    } catch {
                        throw InputValueError("\(error) (first in row \(row + 1))",
                            hint: "correct the name in the data, or map it to a unit before this step")
                    }
                }
            }),
        function(
            "facility_name", "The display name of a canonical SPF unit id (U-12 → Unidad 12 (Viedma)).",
            [("id", [.string])], returns: { _ in .string },
            kernel: { args, _ in
                let names = Dictionary(uniqueKeysWithValues: FacilityDirectory.spf.facilities.map { ($0.id, $0.name) })
                return try mapEntries(args[0]) { text, _ in names[text] ?? text }
            }),
        interval("ci_low", "The lower bound of a confidence interval for successes of trials: `method:\"wilson\"` (default), \"clopper_pearson\" or \"jeffreys\"; `confidence:0.95`.", \.lower),
        interval("ci_high", "The upper bound of a confidence interval for successes of trials; options as ci_low.", \.upper),
        function(
            "fiscal_quarter_start", "The first day of the fiscal quarter of a date, for a fiscal year starting in `start_month:` (1 gives calendar quarters).",
            [("date", [.date])], options: ["start_month": .value(.int(1))], returns: { _ in .date },
            kernel: { args, options in
                let calendar = FiscalCalendar(startMonth: Int(options.number("start_month", 1))) ?? .calendarYear
                return RowWise.days(args[0].count) { args[0].day(at: $0).map { calendar.quarter(containing: $0).start } }
            }),
        function(
            "fiscal_quarter_label", "The fiscal quarter's label, named by the year the fiscal year ends in (FY starting July 2024 → 2025-Q1); `start_month:`, `letter:\"T\"`.",
            [("date", [.date])], options: ["start_month": .value(.int(1)), "letter": .value(.string("Q"))], returns: { _ in .string },
            kernel: { args, options in
                let calendar = FiscalCalendar(startMonth: Int(options.number("start_month", 1))) ?? .calendarYear
                let letter = options.text("letter", "Q").first ?? "Q"
                return RowWise.strings(args[0].count) { args[0].day(at: $0).map { calendar.quarter(containing: $0).label(letter: letter) } }
            }),
    ]

    /// The standard vocabulary plus the `aliases:["spelling=status", …]` option.
    private static func vocabulary(_ options: FunctionOptions) throws -> StatusVocabulary {
        var vocabulary = StatusVocabulary.standard
        guard case .list(let entries)? = options.values["aliases"] else { return vocabulary }
        for entry in entries {
            guard case .string(let text) = entry, let equals = text.lastIndex(of: "="),
                let status = ComplianceStatus(rawValue: String(text[text.index(after: equals)...]))
            else {
                throw InputValueError("the alias '\(entry)' is not of the form \"spelling=status\"",
                    hint: "statuses: " + ComplianceStatus.allCases.map(\.rawValue).joined(separator: ", "))
            }
            try vocabulary.addAlias(String(text[..<equals]), for: status)
        }
        return vocabulary
    }

    /// Maps each distinct string of a text column once (not each row), keeping nulls.
    private static func mapEntries(_ column: AnyColumn, _ transform: (String, Int) throws -> String) throws -> AnyColumn {
        guard case .string(let strings) = column.storage else { preconditionFailure("signature checks text") }
        // The first row of each entry, for messages; entries no row uses are skipped.
        var firstRow = [Int](repeating: -1, count: strings.dictionary.count)
        for row in 0..<strings.count where strings.validity.isValid(row) && firstRow[Int(strings.codes[row])] < 0 {
            firstRow[Int(strings.codes[row])] = row
        }
        var mapped = [String](repeating: "", count: strings.dictionary.count)
        for (code, text) in strings.dictionary.enumerated() where firstRow[code] >= 0 {
            mapped[code] = try transform(text, firstRow[code])
        }
        var builder = StringColumnBuilder()
        for row in 0..<strings.count {
            builder.append(strings.validity.isValid(row) ? mapped[Int(strings.codes[row])] : nil)
        }
        return AnyColumn(name: column.name, builder.finish())
    }

    private static func interval(
        _ name: String, _ summary: String, _ bound: KeyPath<BinomialInterval, Double> & Sendable
    ) -> ScalarFunction {
        function(
            name, summary, [("successes", numbers), ("trials", numbers)],
            options: ["method": .value(.string("wilson")), "confidence": .value(.double(0.95))], returns: { _ in .double },
            kernel: { args, options in
                let confidence = options.number("confidence", 0.95)
                let methodName = options.text("method", "wilson")
                let method: IntervalMethod
                switch methodName {
                case "wilson": method = .wilson
                case "clopper_pearson": method = .clopperPearson
                case "jeffreys": method = .jeffreys
                default:
                    throw InputValueError("unknown interval method '\(methodName)'", hint: "use wilson, clopper_pearson or jeffreys")
                }
                return RowWise.doubles(args[0].count) { row in
                    guard let x = args[0].double(at: row), let n = args[1].double(at: row) else { return nil }
                    return method.interval(successes: x, trials: n, confidence: confidence)?[keyPath: bound]
                }
            })
    }
}
