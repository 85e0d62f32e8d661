import Frame
import Report

/// One column of an Excel table, ready to write: header, cells, style and width.
struct ColumnPlan {
    var header: String
    var cells: ColumnCells
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
            header: header, cells: .mixed(cells), style: style,
            width: ColumnWidth.fitting(header: header.count, content: widest))
    }

    /// The cells of a frame column shown with `format`: nulls blank, NaN and ±Inf blank,
    /// dates as serials (or ISO text when Excel cannot show them), text cleaned and cut.
    init(
        column: AnyColumn, format: ColumnFormat, header: String,
        text: inout CellText, repairs: inout ValueRepairs
    ) {
        var widest = 0
        let cells: ColumnCells
        let numberStyle = format.numberFormat.map(CellStyle.number) ?? .plain
        var style = CellStyle.plain
        switch column.storage {
        case .int64(let values):
            style = numberStyle
            var numbers = [Double](repeating: .nan, count: values.count)
            for row in 0..<values.count {
                guard let value = values[row] else { continue }
                numbers[row] = format.publishedValue(Double(value))
            }
            widest = ColumnPlan.widestNumber(numbers, format: format)
            cells = .numbers(numbers)
        case .double(let values):
            style = numberStyle
            var numbers = [Double](repeating: .nan, count: values.count)
            for row in 0..<values.count {
                guard let value = values[row] else { continue }
                guard value.isFinite else {
                    repairs.nonFinite += 1
                    continue
                }
                numbers[row] = format.publishedValue(value)
            }
            widest = ColumnPlan.widestNumber(numbers, format: format)
            cells = .numbers(numbers)
        case .bool(let values):
            widest = 5
            cells = .mixed((0..<values.count).map { row in values[row].map(CellValue.boolean) ?? .blank })
        case .date(let values):
            // A date column is always shown as dates: a serial under any other format would read as a number.
            style = .number(ExcelDate.numberFormat)
            widest = 10
            var numbers = [Double](repeating: .nan, count: values.count)
            var early: [Int] = []
            for row in 0..<values.count {
                guard let day = values[row] else { continue }
                if let serial = ExcelDate.serial(of: day) { numbers[row] = serial } else { early.append(row) }
            }
            if early.isEmpty {
                cells = .numbers(numbers)
            } else {
                repairs.datesAsText += early.count
                var mixed = numbers.map { $0.isNaN ? CellValue.blank : .number($0) }
                for row in early { mixed[row] = .text(values[row]!.description) }
                cells = .mixed(mixed)
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
            var codes = [Int32](repeating: -1, count: values.count)
            for row in 0..<values.count where values.validity.isValid(row) {
                let code = values.codes[row]
                if wasCut[Int(code)] { text.countTruncation() }
                used[Int(code)] = true
                codes[row] = code
            }
            for (code, isUsed) in used.enumerated() where isUsed {
                widest = max(widest, ColumnWidth.of(text: cleanedDictionary[code]))
            }
            cells = .texts(dictionary: cleanedDictionary, codes: codes)
        }
        self.init(
            header: header, cells: cells, style: style,
            width: ColumnWidth.fitting(header: header.count, content: widest))
    }

    /// The widest of `numbers` (NaN skipped) as shown with `format`. Except under the text
    /// format, the width grows with the magnitude, so the smallest and largest values decide it.
    private static func widestNumber(_ numbers: [Double], format: ColumnFormat) -> Int {
        if case .text = format {
            var widest = 0
            for number in numbers where !number.isNaN {
                widest = max(widest, ColumnWidth.of(number: number, format: format))
            }
            return widest
        }
        var smallest = Double.infinity
        var largest = -Double.infinity
        for number in numbers where !number.isNaN {
            smallest = min(smallest, number)
            largest = max(largest, number)
        }
        guard smallest <= largest else { return 0 }
        return max(ColumnWidth.of(number: smallest, format: format), ColumnWidth.of(number: largest, format: format))
    }
}
