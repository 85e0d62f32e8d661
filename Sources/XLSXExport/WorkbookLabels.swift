import Report

/// The fixed words a workbook uses, in the report's language.
struct WorkbookLabels {
    /// The language these labels are in.
    let language: ReportLanguage
    let cover: String
    let coverDescription: String
    let contents: String
    let contentsDescription: String
    let notes: String
    let notesDescription: String
    let title: String
    let issuedBy: String
    let source: String
    let licence: String
    let periodFrom: String
    let periodTo: String
    let asOf: String
    let generatedAt: String
    let engineVersion: String
    let parameters: String
    let none: String
    let sheet: String
    let description: String
    let indicator: String
    let definition: String
    let formula: String
    let noData: String
    let table: String
    let column: String
    let truncationMarker: String
    let blankCellsTerm: String
    let blankCellsDefinition: String
    let nonFiniteTerm: String
    let truncatedTerm: String
    let earlyDatesTerm: String
    let earlyDatesDefinition: String
    let streamedTerm: String

    /// The labels for `language`.
    init(_ language: ReportLanguage) {
        self.language = language
        switch language {
        case .english:
            cover = "Cover"
            coverDescription = "What this report is, where its data comes from and how it was produced."
            contents = "Contents"
            contentsDescription = "The sheets of this workbook, in order."
            notes = "Notes"
            notesDescription = "Definitions of the indicators and statements on how the data was treated."
            title = "Title"
            issuedBy = "Issued by"
            source = "Source"
            licence = "Licence"
            periodFrom = "Period from"
            periodTo = "Period to"
            asOf = "As of"
            generatedAt = "Generated at"
            engineVersion = "Engine version"
            parameters = "Parameters"
            none = "None"
            sheet = "Sheet"
            description = "Description"
            indicator = "Indicator"
            definition = "Definition"
            formula = "Formula"
            noData = "No data"
            table = "Table"
            column = "Column"
            truncationMarker = "[…truncated]"
            blankCellsTerm = "Blank cells"
            blankCellsDefinition = "A blank cell means the value is not available; it never stands for zero."
            nonFiniteTerm = "Values that are not numbers"
            truncatedTerm = "Shortened text"
            earlyDatesTerm = "Dates before 1 March 1900"
            earlyDatesDefinition =
                "Excel cannot show dates before 1 March 1900, so they are written as text (YYYY-MM-DD)."
            streamedTerm = "Ranges instead of Excel tables"
        case .spanish:
            cover = "Portada"
            coverDescription = "Qué es este informe, de dónde vienen sus datos y cómo se produjo."
            contents = "Contenido"
            contentsDescription = "Las hojas de este libro, en orden."
            notes = "Notas"
            notesDescription = "Definiciones de los indicadores y forma en que se trataron los datos."
            title = "Título"
            issuedBy = "Emitido por"
            source = "Fuente"
            licence = "Licencia"
            periodFrom = "Período desde"
            periodTo = "Período hasta"
            asOf = "Fecha de corte"
            generatedAt = "Generado el"
            engineVersion = "Versión del motor"
            parameters = "Parámetros"
            none = "Ninguno"
            sheet = "Hoja"
            description = "Descripción"
            indicator = "Indicador"
            definition = "Definición"
            formula = "Fórmula"
            noData = "Sin datos"
            table = "Tabla"
            column = "Columna"
            truncationMarker = "[…truncado]"
            blankCellsTerm = "Celdas vacías"
            blankCellsDefinition = "Una celda vacía indica que el dato no está disponible; nunca equivale a cero."
            nonFiniteTerm = "Valores no numéricos"
            truncatedTerm = "Textos acortados"
            earlyDatesTerm = "Fechas anteriores al 1 de marzo de 1900"
            earlyDatesDefinition =
                "Excel no puede mostrar fechas anteriores al 1 de marzo de 1900; se escriben como texto (AAAA-MM-DD)."
            streamedTerm = "Rangos en lugar de tablas de Excel"
        }
    }

    /// The note for `count` values that were NaN or infinite, left blank on the listed sheets.
    func nonFiniteDefinition(count: Int, sheets: [String]) -> String {
        let list = sheets.joined(separator: ", ")
        switch language {
        case .english:
            return "\(count) value(s) that were not finite numbers (NaN or infinity) were left blank, on: \(list)."
        case .spanish:
            return "\(count) valor(es) que no eran números finitos (NaN o infinito) se dejaron en blanco, en: \(list)."
        }
    }

    /// The note for a workbook written a row at a time because it holds `cells` data cells,
    /// more than `limit`.
    func streamedDefinition(cells: Int, limit: Int) -> String {
        let separator = language == .english ? "," : "."
        let count = cells.formatted(grouping: separator)
        let limit = limit.formatted(grouping: separator)
        switch language {
        case .english:
            return "This workbook holds \(count) data cells, more than \(limit), so it was written a row at a time to keep memory low. Its sheets are plain ranges with a filter on the header row, not Excel tables; the values and formats are the same."
        case .spanish:
            return "Este libro tiene \(count) celdas de datos, más de \(limit), por lo que se escribió fila por fila para ahorrar memoria. Sus hojas son rangos con filtro en la fila de encabezados, no tablas de Excel; los valores y formatos son los mismos."
        }
    }

    /// The note for `count` texts cut to Excel's limit of 32,767 characters.
    func truncatedDefinition(count: Int) -> String {
        switch language {
        case .english:
            return "\(count) text(s) longer than Excel's limit of 32,767 characters were cut; they end with \(truncationMarker)."
        case .spanish:
            return "\(count) texto(s) más largos que el límite de Excel de 32.767 caracteres se acortaron; terminan con \(truncationMarker)."
        }
    }
}
