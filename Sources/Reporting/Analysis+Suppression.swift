import Frame
import Report

extension Analysis {
    /// The notes-sheet entry saying what a table's suppression hid and why.
    static func suppressionNote(_ rule: CellSuppression, table: ReportTable, hidden: Int, language: ReportLanguage) -> ReportNote {
        let spanish = language == .spanish
        func names(_ columns: [String]) -> String {
            let shown = columns.map { "«\(table.headers[$0] ?? $0)»" }
            guard shown.count > 1 else { return shown.first ?? "" }
            return shown.dropLast().joined(separator: ", ") + (spanish ? " y " : " and ") + shown.last!
        }
        let threshold = display(.int(rule.threshold), language: language)
        let cells = display(.int(Int64(hidden)), language: language)
        var text: String
        if spanish {
            text = "En «\(table.sheetName)», los valores de \(names(rule.counts)) menores que \(threshold)"
                + (rule.keepsZeros ? " (salvo los ceros)" : ", ceros incluidos,")
                + (rule.derived.isEmpty ? "" : " y \(names(rule.derived)) en esas filas")
                + " se muestran como \(CellSuppression.marker) para que no se pueda identificar a las personas a las que se refieren. "
                + "En el CSV y en los datos del gráfico esas celdas quedan vacías. Celdas suprimidas: \(cells)."
        } else {
            text = "In “\(table.sheetName)”, values of \(names(rule.counts)) below \(threshold)"
                + (rule.keepsZeros ? " (zeros excepted)" : ", zeros included,")
                + (rule.derived.isEmpty ? "" : " and \(names(rule.derived)) on those rows")
                + " are shown as \(CellSuppression.marker) so that the people they describe cannot be identified. "
                + "The CSV file and the chart data leave those cells empty. Cells suppressed: \(cells)."
        }
        return ReportNote(
            term: spanish ? "Cifras suprimidas: \(table.sheetName)" : "Suppressed figures: \(table.sheetName)",
            definition: text,
            formula: spanish ? "suprimida si 0 ≤ n < \(threshold)" : "suppressed when 0 ≤ n < \(threshold)")
    }
}
