extension FacilityDirectory {
    /// The units of Argentina's Federal Prison Service (SPF).
    ///
    /// Ids are `CPF-I` … `CPF-VII`, `CPF-CABA`, `CFJA` and `U-<number>`. Besides the
    /// designators every spelling shares (`U.12`, `CPF 1`), a unit is known by its place name
    /// where that name is unique among the units (`Viedma`, `Devoto`); names shared by two
    /// units (`Ezeiza`, `Marcos Paz`, `Santa Rosa`, `Jujuy`, `Salta`) are not aliases. Former
    /// designations are aliases of the current unit: `U.2` (ex-Unidad 2) of `CPF-CABA`, `U.3`
    /// of `CPF-IV` and `U.31` of `CPF-VII`; the date of each renaming is not recorded here, so
    /// a caller that needs the old identity for earlier dates builds a directory with `U-31`
    /// as its own unit, `validUntil` set and `successor: "CPF-VII"`.
    public static let spf: FacilityDirectory = {
        let units = [
            Facility(id: "CPF-I", name: "Complejo Penitenciario Federal I (Ezeiza)"),
            Facility(id: "CPF-II", name: "Complejo Penitenciario Federal II (Marcos Paz)"),
            Facility(id: "CPF-III", name: "Complejo Penitenciario Federal III (NOA, Güemes, Salta)",
                     aliases: ["Complejo Penitenciario Federal del NOA", "CPF NOA", "Güemes", "General Güemes"]),
            Facility(id: "CPF-IV", name: "Complejo Penitenciario Federal IV (mujeres, Ezeiza)",
                     aliases: ["Unidad 3", "ex Unidad 3"]),
            Facility(id: "CPF-V", name: "Complejo Penitenciario Federal V (Senillosa, Neuquén)",
                     aliases: ["Senillosa"]),
            Facility(id: "CPF-VI", name: "Complejo Penitenciario Federal VI (Cuyo, Mendoza)",
                     aliases: ["Complejo Penitenciario Federal de Cuyo", "CPF Cuyo", "Cuyo", "Luján de Cuyo"]),
            Facility(id: "CPF-VII", name: "Complejo Penitenciario Federal VII (ex-Unidad 31, mujeres, Ezeiza)",
                     aliases: ["Unidad 31", "ex Unidad 31"]),
            Facility(id: "CPF-CABA", name: "Complejo Penitenciario Federal de la Ciudad Autónoma de Buenos Aires (Devoto)",
                     aliases: ["Devoto", "Villa Devoto", "Unidad 2", "ex Unidad 2"]),
            Facility(id: "CFJA", name: "Complejo Federal para Jóvenes Adultos (Marcos Paz)",
                     aliases: ["Complejo Federal de Jóvenes Adultos"]),
            Facility(id: "U-4", name: "Unidad 4 (Santa Rosa)", aliases: ["Colonia Penal de Santa Rosa"]),
            Facility(id: "U-5", name: "Unidad 5 (General Roca)", aliases: ["General Roca", "Colonia Penal de General Roca"]),
            Facility(id: "U-6", name: "Unidad 6 (Rawson)", aliases: ["Rawson", "Instituto de Seguridad de Rawson"]),
            Facility(id: "U-7", name: "Unidad 7 (Resistencia)", aliases: ["Resistencia", "Prisión Regional del Norte"]),
            Facility(id: "U-8", name: "Unidad 8 (Jujuy)"),
            Facility(id: "U-10", name: "Unidad 10 (Formosa)", aliases: ["Formosa", "Cárcel de Formosa"]),
            Facility(id: "U-11", name: "Unidad 11 (Presidencia Roque Sáenz Peña)",
                     aliases: ["Presidencia Roque Sáenz Peña", "Roque Sáenz Peña", "Sáenz Peña"]),
            Facility(id: "U-12", name: "Unidad 12 (Viedma)", aliases: ["Viedma", "Colonia Penal de Viedma"]),
            Facility(id: "U-13", name: "Unidad 13 (Santa Rosa, mujeres)"),
            Facility(id: "U-14", name: "Unidad 14 (Esquel)", aliases: ["Esquel", "Cárcel de Esquel"]),
            Facility(id: "U-15", name: "Unidad 15 (Río Gallegos)", aliases: ["Río Gallegos", "Cárcel de Río Gallegos"]),
            Facility(id: "U-16", name: "Unidad 16 (Salta)"),
            Facility(id: "U-17", name: "Unidad 17 (Candelaria)", aliases: ["Candelaria", "Colonia Penal de Candelaria"]),
            Facility(id: "U-19", name: "Unidad 19 (Colonia Penal de Ezeiza)", aliases: ["Colonia Penal de Ezeiza"]),
            Facility(id: "U-22", name: "Unidad 22 (Jujuy)"),
            Facility(id: "U-25", name: "Unidad 25 (General Pico)", aliases: ["General Pico"]),
            Facility(id: "U-28", name: "Unidad 28 (Alcaidía del Palacio de Tribunales)",
                     aliases: ["Alcaidía del Palacio de Tribunales"]),
            Facility(id: "U-30", name: "Unidad 30 (Jóvenes Adultos, La Pampa)"),
            Facility(id: "U-34", name: "Unidad 34 (Campo de Mayo)", aliases: ["Campo de Mayo"]),
            Facility(id: "U-35", name: "Unidad 35 (Colonia Pinto, Santiago del Estero)", aliases: ["Colonia Pinto"]),
        ]
        // The table above is fixed and free of conflicts (a test rebuilds it to prove it).
        return try! FacilityDirectory(units)
    }()
}
