import Report

/// A whole workbook, checked and repaired in Swift before anything reaches libxlsxwriter.
///
/// Sheet order is cover, contents, notes, then one sheet per report table. Building the plan
/// first means the notes sheet can report every repair made to the data sheets after it.
struct WorkbookPlan {
    var sheets: [SheetPlan]
    var properties: DocumentProperties
    /// Whether the workbook is large enough to be written a row at a time (see `streamingCells`).
    var streamsRows: Bool

    /// The data cells above which a workbook is streamed: libxlsxwriter otherwise keeps about a
    /// hundred bytes per cell in memory, while streaming rules out Excel tables (autofilters
    /// stand in for them, and the notes sheet says so).
    static let streamingCells = 1_000_000

    /// The plan of `report`, or an error when a table cannot fit on a worksheet or its chart
    /// names a missing column; workbooks over `streamingCells` data cells stream their rows.
    init(_ report: Report, streamingCells: Int = WorkbookPlan.streamingCells) throws(XLSXError) {
        let labels = WorkbookLabels(report.language)
        var text = CellText(marker: labels.truncationMarker)
        var sheetNames = SheetNames()
        var tableNames = TableNames()
        // Front matter claims its names first, so a data sheet called "Notes" is the one renamed.
        let coverName = sheetNames.claim(labels.cover, fallback: labels.cover)
        let contentsName = sheetNames.claim(labels.contents, fallback: labels.contents)
        let notesName = sheetNames.claim(labels.notes, fallback: labels.notes)
        let contentsTable = tableNames.claim(from: "contents")
        let notesTable = tableNames.claim(from: "notes")

        var dataSheets: [SheetPlan] = []
        var nonFinite: [(sheet: String, count: Int)] = []
        var repairs = ValueRepairs()
        for (index, table) in report.tables.enumerated() {
            var tableRepairs = ValueRepairs()
            let sheet = try WorkbookPlan.dataSheet(
                table, number: index + 1, labels: labels, sheetNames: &sheetNames,
                tableNames: &tableNames, text: &text, repairs: &tableRepairs)
            if tableRepairs.nonFinite > 0 { nonFinite.append((sheet.name, tableRepairs.nonFinite)) }
            repairs.nonFinite += tableRepairs.nonFinite
            repairs.datesAsText += tableRepairs.datesAsText
            dataSheets.append(sheet)
        }
        let cellCount = dataSheets.reduce(0) { total, sheet in total + sheet.cellCount }
        streamsRows = cellCount > streamingCells
        let cover = WorkbookPlan.cover(
            report.metadata, name: coverName, labels: labels, text: &text, repairs: &repairs)
        let notes = WorkbookPlan.notes(
            report.notes, name: notesName, tableName: notesTable, labels: labels, text: &text,
            nonFinite: nonFinite, datesAsText: repairs.datesAsText, streamedCells: streamsRows ? (cellCount, streamingCells) : nil)
        let ownEntry: ContentsEntry = (contentsName, labels.contents, labels.contentsDescription)
        let contents = WorkbookPlan.contents(
            listing: [cover.entry, ownEntry, notes.entry] + dataSheets.map(\.entry),
            name: contentsName, tableName: contentsTable, labels: labels)
        sheets = [cover, contents, notes] + dataSheets
        properties = DocumentProperties(report)
    }
}
