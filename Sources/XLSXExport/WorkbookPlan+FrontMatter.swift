import Frame
import Report

extension WorkbookPlan {
    /// The cover: what the report is, who issued it, where the data comes from, and when.
    static func cover(
        _ metadata: ReportMetadata, name: String, labels: WorkbookLabels, text: inout CellText,
        repairs: inout ValueRepairs
    ) -> SheetPlan {
        var rows: [KeyValueRow] = []
        func add(_ label: String, _ value: String) {
            rows.append(KeyValueRow(label: text.clean(label), value: .text(text.clean(value)), style: .wrapped))
        }
        func add(_ label: String, _ day: Day) {
            if let serial = ExcelDate.serial(of: day) {
                rows.append(KeyValueRow(label: label, value: .number(serial), style: .number(ExcelDate.numberFormat)))
            } else {
                repairs.datesAsText += 1
                rows.append(KeyValueRow(label: label, value: .text(day.description), style: .wrapped))
            }
        }
        add(labels.title, metadata.title)
        if let issuer = metadata.issuer { add(labels.issuedBy, issuer) }
        add(labels.source, metadata.source)
        if let licence = metadata.licence { add(labels.licence, licence) }
        if let period = metadata.period {
            add(labels.periodFrom, period.lowerBound)
            add(labels.periodTo, period.upperBound)
        }
        if let asOf = metadata.asOf { add(labels.asOf, asOf) }
        add(labels.generatedAt, metadata.generatedAtISO8601)
        add(labels.engineVersion, metadata.engineVersion)
        let parameters = metadata.parameters.map { "\($0.name) = \($0.value)" }
        add(labels.parameters, parameters.isEmpty ? labels.none : parameters.joined(separator: "\n"))
        for row in metadata.extra { add(row.label, row.value) }
        return SheetPlan(
            name: name, title: text.clean(metadata.title), description: labels.coverDescription,
            body: .keyValues(rows))
    }

    /// The notes: the report's definitions, then notes on how the writer itself changed values.
    ///
    /// Built after the data sheets and the cover, so that its count of cut texts is complete.
    static func notes(
        _ notes: [ReportNote], name: String, tableName: String, labels: WorkbookLabels,
        text: inout CellText, nonFinite: [(sheet: String, count: Int)], datesAsText: Int,
        streamedCells: (count: Int, limit: Int)?
    ) -> SheetPlan {
        var terms = notes.map { text.clean($0.term) }
        var definitions = notes.map { text.clean($0.definition) }
        var formulas = notes.map { $0.formula.map { text.clean($0) } }
        func add(_ term: String, _ definition: String) {
            terms.append(term)
            definitions.append(definition)
            formulas.append(nil)
        }
        add(labels.blankCellsTerm, labels.blankCellsDefinition)
        if !nonFinite.isEmpty {
            let total = nonFinite.reduce(0) { $0 + $1.count }
            let sheets = nonFinite.map { "\($0.sheet) (\($0.count))" }
            add(labels.nonFiniteTerm, text.clean(labels.nonFiniteDefinition(count: total, sheets: sheets)))
        }
        if datesAsText > 0 { add(labels.earlyDatesTerm, labels.earlyDatesDefinition) }
        if let streamedCells {
            add(labels.streamedTerm, labels.streamedDefinition(cells: streamedCells.count, limit: streamedCells.limit))
        }
        if text.truncatedCount > 0 {
            add(labels.truncatedTerm, labels.truncatedDefinition(count: text.truncatedCount))
        }
        let columns = [
            ColumnPlan(header: labels.indicator, cleanTexts: terms),
            ColumnPlan(header: labels.definition, cleanTexts: definitions, style: .wrapped),
            ColumnPlan(header: labels.formula, cleanTexts: formulas, style: .wrapped),
        ]
        return SheetPlan(
            name: name, title: labels.notes, description: labels.notesDescription,
            body: .table(TablePlan(name: tableName, columns: columns), chart: nil))
    }

    /// The contents: every sheet, linked, with its title and description.
    static func contents(
        listing entries: [ContentsEntry], name: String, tableName: String, labels: WorkbookLabels
    ) -> SheetPlan {
        let links = entries.map { CellValue.sheetLink(sheet: $0.name) }
        let widest = entries.map(\.name.count).max() ?? 0
        let columns = [
            ColumnPlan(
                header: labels.sheet, cells: .mixed(links), style: .plain,
                width: ColumnWidth.fitting(header: labels.sheet.count, content: widest)),
            ColumnPlan(header: labels.title, cleanTexts: entries.map(\.title)),
            ColumnPlan(header: labels.description, cleanTexts: entries.map(\.description), style: .wrapped),
        ]
        return SheetPlan(
            name: name, title: labels.contents, description: labels.contentsDescription,
            body: .table(TablePlan(name: tableName, columns: columns), chart: nil))
    }
}
