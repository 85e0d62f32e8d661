import Foundation
import Testing
import TestSupport

/// The Spanish report runs on another export after editing only its definitions file, as the
/// README's "Adapting the report to your own export" says.
@Suite struct AdaptedReportTests {
    /// Thirteen recommendations with other column names and status spellings. By unit, with a
    /// cut-off of 2025-06-30 and a 30-day window when the deadline is empty:
    /// - U-12 (written `U.12` and `Unidad 12`): R01 complied, due 02-10; R02 partly complied,
    ///   no deadline so due 03-03; R03 pending, due 04-01; R04 pending, due 07-20, after the
    ///   cut-off (not assessable); R05 withdrawn (excluded); R06 issued after the cut-off
    ///   (left out). 5 recommendations, 3 assessable (R01–R03), 1 complied, 1 partial.
    /// - CPF-I (written `CPF I` and `C.P.F. I`): R07 and R08 complied, R09 rejected (no
    ///   deadline, due 03-12), R10 complied and due on the cut-off day itself. 4
    ///   recommendations, 4 assessable, 3 complied, 0 partial.
    /// - U-6 (written `Unidad 6`): R11 complied, R12 pending. 2, 2 assessable, 1 complied.
    /// - R13 has no unit and is not in the table by unit.
    static let recommendations = """
        ref,issued,body,subject,facility,deadline,state,state_date
        R01,2025-01-10,Procuración,Salud,U.12,2025-02-10,Hecha,2025-02-01
        R02,2025-02-01,Procuración,Salud,Unidad 12,,A medias,2025-03-01
        R03,2025-03-01,Juzgado,Trabajo,U.12,2025-04-01,Pendiente,2025-03-01
        R04,2025-06-20,Juzgado,Trabajo,U.12,,Pendiente,2025-06-20
        R05,2025-01-15,Procuración,Salud,Unidad 12,2025-03-01,Anulada,2025-02-15
        R06,2025-07-05,Juzgado,Salud,U.12,2025-08-01,Hecha,2025-07-10
        R07,2025-01-05,Procuración,Traslados,CPF I,2025-02-05,Hecha,2025-01-30
        R08,2025-01-20,Juzgado,Traslados,C.P.F. I,2025-02-20,HECHA,2025-02-10
        R09,2025-02-10,Procuración,Salud,CPF I,,Rechazada,2025-03-20
        R10,2025-05-01,Juzgado,Trabajo,CPF I,2025-06-30,Hecha,2025-06-01
        R11,2025-02-01,Procuración,Salud,Unidad 6,2025-03-01,Hecha,2025-02-20
        R12,2025-03-01,Juzgado,Trabajo,Unidad 6,2025-04-01,Pendiente,2025-03-01
        R13,2025-01-01,Procuración,Salud,,2025-02-01,Hecha,2025-01-25

        """

    /// Each recommendation's one status event: its current status on its status date.
    static let events = """
        rec,when,state
        R01,2025-02-01,Hecha
        R02,2025-03-01,A medias
        R03,2025-03-01,Pendiente
        R04,2025-06-20,Pendiente
        R05,2025-02-15,Anulada
        R06,2025-07-10,Hecha
        R07,2025-01-30,Hecha
        R08,2025-02-10,HECHA
        R09,2025-03-20,Rechazada
        R10,2025-06-01,Hecha
        R11,2025-02-20,Hecha
        R12,2025-03-01,Pendiente
        R13,2025-01-25,Hecha

        """

    /// The bundled definitions with this export's file, columns, statuses and figures.
    static func adaptedDefinitions() throws -> String {
        var text = try String(contentsOfFile: Fixtures.path("Queries/informe-definiciones.query"), encoding: .utf8)
        let edits = [
            ("let fecha_corte = @2024-12-31", "let fecha_corte = @2025-06-30"),
            ("let plazo_dias = 60", "let plazo_dias = 30"),
            ("let minimo_ranking = 20", "let minimo_ranking = 3"),
            ("\"data/recomendaciones_sinteticas.csv\"", "\"mi_exportacion/recomendaciones.csv\""),
            ("\"data/eventos_sinteticos.csv\"", "\"mi_exportacion/eventos.csv\""),
            ("\"data/poblacion_sintetica.csv\"", "\"mi_exportacion/poblacion.csv\""),
            ("id = id,", "id = ref,"),
            ("fecha_emision = fecha_emision,", "fecha_emision = issued,"),
            ("emisor = emisor,", "emisor = body,"),
            ("tema = tema,", "tema = subject,"),
            ("unidad = unidad,", "unidad = facility,"),
            ("fecha_limite = fecha_limite,", "fecha_limite = deadline,"),
            ("estado = estado,", "estado = state,"),
            ("fecha_estado = fecha_estado,", "fecha_estado = state_date,"),
            ("recomendacion_id = recomendacion_id,", "recomendacion_id = rec,"),
            ("fecha = fecha,", "fecha = when,"),
        ]
        for (old, new) in edits {
            try #require(text.contains(old), "the definitions file no longer says \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        let aliases = try #require(text.range(of: #"let alias_estados = \[[^\]]*\]"#, options: .regularExpression))
        text.replaceSubrange(aliases, with: """
            let alias_estados = ["Hecha=complied", "A medias=partially_complied", "Pendiente=in_progress", "Rechazada=not_complied", "Anulada=withdrawn"]
            """)
        return text
    }

    @Test func theComplianceSheetCountsTheNewExport() throws {
        let folder = ScratchFolder()
        let report = try String(contentsOfFile: Oversight.query("informe-trimestral"), encoding: .utf8)
        try folder.write("informe-trimestral.query", report)
        try folder.write("informe-definiciones.query", try Self.adaptedDefinitions())
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("mi_exportacion"), withIntermediateDirectories: true)
        try folder.write("mi_exportacion/recomendaciones.csv", Self.recommendations)
        try folder.write("mi_exportacion/eventos.csv", Self.events)
        try folder.write("mi_exportacion/poblacion.csv", "unidad_id,fecha,poblacion\nU-12,2025-03-31,300\n")

        let result = try Oversight.run(["run", folder.path("."), "--out", folder.path("out")], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(folder.entries("out") == ["informe-trimestral"], "the definitions file is not a report of its own")

        let table = try Self.csv(folder.path("out/informe-trimestral/cumplimiento_por_unidad.csv"))
        let rows = table.rows.map { row in Dictionary(uniqueKeysWithValues: zip(table.header, row)) }
        #expect(rows.map { $0["unidad_id"] } == ["CPF-I", "U-12", "U-6"])
        #expect(rows.map { $0["puesto"] } == ["1", "2", ""], "U-6 has 2 assessable, under the minimum of 3")
        #expect(rows.map { $0["recomendaciones"] } == ["4", "5", "2"])
        #expect(rows.map { $0["evaluables"] } == ["4", "3", "2"])
        #expect(rows.map { $0["cumplidas"] } == ["3", "1", "1"])
        #expect(rows.map { $0["parciales"] } == ["0", "1", "0"])
        let rates = rows.map { Double($0["tasa"] ?? "") ?? .nan }
        for (rate, expected) in zip(rates, [3.0 / 4, 1.0 / 3, 1.0 / 2]) {
            #expect(abs(rate - expected) < 1e-12, "tasa \(rate), expected \(expected)")
        }
        #expect(rows[2]["situacion"] == "pocas evaluables (menos de 3)")
    }

    /// The header and rows of a CSV file whose quoted fields may hold commas.
    static func csv(_ path: String) throws -> (header: [String], rows: [[String]]) {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        for character in text {
            switch character {
            case "\"": quoted.toggle()
            case "," where !quoted:
                record.append(field)
                field = ""
            case "\n", "\r\n", "\r":
                if quoted { field.append(character); continue }
                record.append(field)
                records.append(record)
                record = []
                field = ""
            default: field.append(character)
            }
        }
        if !field.isEmpty || !record.isEmpty { records.append(record + [field]) }
        return (records.first ?? [], Array(records.dropFirst()))
    }
}
