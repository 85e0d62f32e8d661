import Foundation
import Frame
import QueryEngine
import Report

extension Analysis {
    /// The version written on every report's cover.
    public static let engineVersion = "0.1.0"

    /// The report this analysis publishes: cover facts, notes and one table per export.
    public func report() throws(RunError) -> Report {
        let slug = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let directive = query.report
        let asOf = asOfDate
        let metadata = ReportMetadata(
            title: directive?.title ?? slug,
            issuer: directive?.issuer,
            source: directive?.source ?? sources.joined(separator: ", "),
            licence: directive?.licence,
            asOf: asOf,
            generatedAt: Analysis.generatedAt(asOf: asOf),
            engineVersion: Analysis.engineVersion,
            parameters: query.parameters.map { ($0.name, $0.value.description) })
        var notes: [ReportNote] = []
        for note in query.notes {
            notes.append(ReportNote(
                term: note.term, definition: try text(note.definition, language: directive?.language ?? .english),
                formula: note.formula))
        }
        var tables: [ReportTable] = []
        for export in query.exports {
            var table = ReportTable(
                name: export.relation, sheetName: export.sheetName, title: export.title,
                description: export.description, frame: results[export.relation]!,
                columnFormats: export.formats, headers: export.headers, chart: export.chart)
            if let rule = export.suppression {
                do {
                    let hidden = try table.suppress(rule)
                    notes.append(Analysis.suppressionNote(rule, table: table, hidden: hidden, language: directive?.language ?? .english))
                } catch {
                    throw .value("error: suppressing small counts in '\(export.relation)': \(error)")
                }
            }
            tables.append(table)
        }
        return Report(slug: slug, language: directive?.language ?? .english, metadata: metadata, notes: notes, tables: tables)
    }

    /// The date figures are measured at: the parameter `as_of`, else the latest date parameter.
    var asOfDate: Day? {
        let dates = query.parameters.compactMap { parameter -> (String, Day)? in
            if case .value(.date(let day)) = parameter.value { return (parameter.name, day) }
            return nil
        }
        return dates.first { $0.0 == "as_of" }?.1 ?? dates.map(\.1).max()
    }

    /// The generation time recorded in outputs: `SOURCE_DATE_EPOCH` when set, else midnight UTC
    /// of the as-of date, else 1980-01-01. Never the clock, so the same inputs give the same files.
    static func generatedAt(asOf: Day?) -> Int64 {
        if let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int64(text), seconds > 0 {
            return seconds
        }
        if let asOf { return max(1, Int64(asOf.daysSinceEpoch) * 86_400) }
        return 315_532_800
    }

    /// A note's text with the values of the relations it quotes.
    private func text(_ template: TextTemplate, language: ReportLanguage) throws(RunError) -> String {
        var text = ""
        for piece in template.pieces {
            switch piece {
            case .text(let t): text += t
            case .constant(let value): text += Analysis.display(value, language: language)
            case .value(let relation, let column):
                guard let frame = results[relation], frame.rowCount == 1, let values = frame[column] else {
                    let rows = results[relation]?.rowCount ?? 0
                    throw .value("error: a note quotes \(relation).\(column), but '\(relation)' has \(rows) rows, not one\n"
                        + "hint: quote a table with one row, such as one made by aggregate {…} without group")
                }
                text += Analysis.display(values[0], language: language)
            }
        }
        return text
    }

    /// How a quoted value reads in prose: counts with thousands separators and decimals with the
    /// language's marks (5,000 and 0.5 in English; 5.000 y 0,5 in Spanish), dates in ISO form,
    /// a missing value as a dash.
    static func display(_ value: Value, language: ReportLanguage = .english) -> String {
        let (thousands, decimal) = language == .spanish ? (".", ",") : (",", ".")
        func grouped(_ digits: String) -> String {
            var result = ""
            for (index, digit) in digits.enumerated() {
                if index > 0 && (digits.count - index) % 3 == 0 { result += thousands }
                result.append(digit)
            }
            return result
        }
        switch value {
        case .null:
            return "—"
        case .int(let v):
            return (v < 0 ? "-" : "") + grouped(String(v.magnitude))
        case .double(let v) where v.isFinite:
            let text = formatDouble(abs(v))
            guard !text.contains("e") else { return value.description }
            let parts = text.split(separator: ".", maxSplits: 1)
            let fraction = parts.count > 1 ? decimal + parts[1] : ""
            return (v < 0 ? "-" : "") + grouped(String(parts[0])) + fraction
        default:
            return value.description
        }
    }
}
