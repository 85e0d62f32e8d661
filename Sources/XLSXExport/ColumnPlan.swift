import Frame
import Report

/// One column of an Excel table, ready to write: header, cells, style and width.
struct ColumnPlan {
    var header: String
    var cells: [CellValue]
    var style: CellStyle
    var width: Double
}

/// What had to change in a table's values so that Excel can read them.
struct ValueRepairs {
    /// NaN and ±Inf, written as blank cells.
    var nonFinite = 0
    /// Dates before 1900-03-01 (or after 9999-12-31), written as ISO text.
    var datesAsText = 0
}

extension ColumnPlan {
    /// A column of text cells (missing ones blank) with a width fitted to them; the texts must
    /// already be cleaned with `CellText`.
    init(header: String, cleanTexts: [String?], style: CellStyle = .plain) {
        var widest = 0
        let cells = cleanTexts.map { value -> CellValue in
            guard let value else { return .blank }
            widest = max(widest, ColumnWidth.of(text: value))
            return .text(value)
        }
        self.init(
            header: header, cells: cells, style: style,
            width: ColumnWidth.fitting(header: header.count, content: widest))
    }

    /// The cells of a frame column shown with `format`: nulls blank, NaN and ±Inf blank,
    /// dates as serials (or ISO text when Excel cannot show them), text cleaned and cut.
    init(
        column: AnyColumn, format: ColumnFormat, header: String,
        text: inout CellText, repairs: inout ValueRepairs
    ) {
        var widest = 0
        var cells: [CellValue] = []
        cells.reserveCapacity(column.count)
        let numberStyle = format.numberFormat.map(CellStyle.number) ?? .plain
        var style = CellStyle.plain
        switch column.storage {
        case .int64(let values):
            style = numberStyle
            for row in 0..<values.count {
                guard let value = values[row] else { cells.append(.blank); continue }
                let number = format.publishedValue(Double(value))
                widest = max(widest, ColumnWidth.of(number: number, format: format))
                cells.append(.number(number))
            }
        case .double(let values):
            style = numberStyle
            for row in 0..<values.count {
                guard let value = values[row] else { cells.append(.blank); continue }
                guard value.isFinite else {
                    repairs.nonFinite += 1
                    cells.append(.blank)
                    continue
                }
                let number = format.publishedValue(value)
                widest = max(widest, ColumnWidth.of(number: number, format: format))
                cells.append(.number(number))
            }
        case .bool(let values):
            widest = 5
            cells = (0..<values.count).map { row in values[row].map(CellValue.boolean) ?? .blank }
        case .date(let values):
            // A date column is always shown as dates: a serial under any other format would read as a number.
            style = .number(ExcelDate.numberFormat)
            widest = 10
            for row in 0..<values.count {
                guard let day = values[row] else { cells.append(.blank); continue }
                if let serial = ExcelDate.serial(of: day) {
                    cells.append(.number(serial))
                } else {
                    repairs.datesAsText += 1
                    cells.append(.text(day.description))
                }
            }
        case .string(let values):
            // Clean each distinct string once; count cuts per cell, as the note reports cells.
            var cleanedDictionary: [String] = []
            var wasCut: [Bool] = []
            var counter = CellText(marker: text.marker)
            for entry in values.dictionary {
                let before = counter.truncatedCount
                let cleaned = counter.clean(entry)
                cleanedDictionary.append(cleaned)
                wasCut.append(counter.truncatedCount > before)
            }
            var used = [Bool](repeating: false, count: cleanedDictionary.count)
            for row in 0..<values.count {
                guard values.validity.isValid(row) else { cells.append(.blank); continue }
                let code = Int(values.codes[row])
                if wasCut[code] { text.countTruncation() }
                used[code] = true
                cells.append(.text(cleanedDictionary[code]))
            }
            for (code, isUsed) in used.enumerated() where isUsed {
                widest = max(widest, ColumnWidth.of(text: cleanedDictionary[code]))
            }
        }
        self.init(
            header: header, cells: cells, style: style,
            width: ColumnWidth.fitting(header: header.count, content: widest))
    }
}
