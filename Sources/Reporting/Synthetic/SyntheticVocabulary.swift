/// The words of a synthetic PPN-style data set: issuers, addressees, topics, units as exports
/// spell them, and statuses with the aliases real sources use.
enum SyntheticVocabulary {
    static let issuers: [(String, Double)] = [
        ("Procuración Penitenciaria de la Nación", 60), ("Comité Nacional para la Prevención de la Tortura", 10),
        ("Auditoría General de la Nación", 5), ("Juzgado Nacional de Ejecución Penal", 15),
        ("Defensoría General de la Nación", 10),
    ]

    static let addressees: [(String, Double)] = [
        ("Servicio Penitenciario Federal", 70), ("Dirección Nacional del SPF", 10),
        ("Ministerio de Justicia y Derechos Humanos", 15), ("Ministerio de Seguridad", 5),
    ]

    static let topics = [
        "Salud", "Alimentación", "Educación", "Trabajo", "Vinculación familiar", "Aislamiento",
        "Violencia institucional", "Condiciones materiales", "Acceso a la justicia", "Traslados",
    ]

    static let scopes: [(String, Double)] = [("individual", 40), ("colectiva", 45), ("estructural", 15)]

    /// Units as exports spell them: several spellings each, and a relative size for weighting.
    static let units: [(id: String, size: Double, spellings: [String])] = [
        ("CPF-I", 20, ["CPF I", "CPF1", "C.P.F. I", "Complejo Penitenciario Federal I – Ezeiza", "COMPLEJO PENITENCIARIO FEDERAL Nº 1 DE EZEIZA"]),
        ("CPF-II", 18, ["CPF II", "CPF2", "C.P.F. II", "Complejo Penitenciario Federal II – Marcos Paz"]),
        ("CPF-III", 6, ["CPF III", "C.P.F. III", "Complejo Penitenciario Federal III – Güemes"]),
        ("CPF-IV", 5, ["CPF IV", "C.P.F. IV", "Complejo Penitenciario Federal IV"]),
        ("CPF-V", 5, ["CPF V", "CPF5", "Complejo Penitenciario Federal V – Senillosa"]),
        ("CPF-VI", 4, ["CPF VI", "C.P.F. VI", "Complejo Penitenciario Federal VI – Cuyo"]),
        ("CPF-VII", 2, ["CPF VII", "C.P.F. VII", "Complejo Penitenciario Federal VII"]),
        ("CPF-CABA", 14, ["CPF CABA", "C.P.F. CABA", "Complejo Penitenciario Federal de la CABA"]),
        ("CFJA", 4, ["CFJA", "Complejo Federal para Jóvenes Adultos"]),
        ("U-4", 2, ["U.4", "U-4", "Unidad 4", "UNIDAD N° 4"]),
        ("U-5", 2, ["U.5", "U-5", "Unidad 5", "(U.5)"]),
        ("U-6", 3, ["U.6", "U-6", "Unidad 6", "UNIDAD N° 6"]),
        ("U-7", 3, ["U.7", "U-7", "Unidad 7", "(U.7)"]),
        ("U-8", 1, ["U.8", "Unidad 8"]),
        ("U-10", 1, ["U.10", "U-10", "Unidad 10"]),
        ("U-11", 1, ["U.11", "Unidad 11"]),
        ("U-12", 2, ["U.12", "U-12", "(U.12)", "Unidad 12", "UNIDAD N° 12"]),
        ("U-13", 1, ["U.13", "Unidad 13"]),
        ("U-14", 1, ["U.14", "Unidad 14"]),
        ("U-15", 1, ["U.15", "U-15", "Unidad 15"]),
        ("U-16", 1, ["U.16", "Unidad 16"]),
        ("U-17", 1, ["U.17", "Unidad 17"]),
        ("U-19", 2, ["U.19", "Unidad 19"]),
        ("U-22", 1, ["U.22", "Unidad 22"]),
        ("U-25", 1, ["U.25", "Unidad 25"]),
        ("U-28", 1, ["U.28", "Unidad 28"]),
        ("U-30", 1, ["U.30", "Unidad 30"]),
        ("U-34", 1, ["U.34", "Unidad 34"]),
        ("U-35", 1, ["U.35", "Unidad 35"]),
    ]

    /// Final statuses with their weights and the spellings a source uses for each.
    static let outcomes: [(status: String, weight: Double, spellings: [String])] = [
        ("complied", 30, ["Cumplida", "cumplida", "CUMPLIDA"]),
        ("partially_complied", 15, ["Cumplida parcialmente", "Parcialmente cumplida", "cumplida parcialmente"]),
        ("in_progress", 20, ["En trámite", "En proceso", "en tramite"]),
        ("not_complied", 15, ["Incumplida", "No cumplida", "Sin regularización"]),
        ("no_response", 12, ["Sin respuesta", "sin respuesta"]),
        ("withdrawn", 5, ["Desistida", "Sin efecto"]),
        ("not_applicable", 3, ["No corresponde", "No aplica"]),
    ]
}
