import Frame
import OversightStats
import Testing

@Suite struct FacilityDirectoryTests {
    @Test(arguments: [
        ("U-12", "U-12"), ("U.12", "U-12"), ("(U.12)", "U-12"), ("Unidad 12", "U-12"), ("UNIDAD N° 12", "U-12"),
        ("unidad nº12", "U-12"), ("U12", "U-12"), ("Colonia Penal de Viedma (U.12)", "U-12"), ("Viedma", "U-12"),
        ("CPF I", "CPF-I"), ("CPF1", "CPF-I"), ("C.P.F. I", "CPF-I"), ("Complejo Penitenciario Federal I – Ezeiza", "CPF-I"),
        ("COMPLEJO PENITENCIARIO FEDERAL Nº 1 DE EZEIZA", "CPF-I"), ("cpf-i", "CPF-I"),
        ("CPF II", "CPF-II"), ("Complejo Penitenciario Federal III", "CPF-III"), ("CPF IV", "CPF-IV"),
        ("CPF V Senillosa", "CPF-V"), ("CPF VI – Cuyo", "CPF-VI"), ("CPF VII", "CPF-VII"),
        ("ex-U.31", "CPF-VII"), ("Ex Unidad 31", "CPF-VII"), ("CPF VII (ex U.31)", "CPF-VII"),
        ("CPF CABA", "CPF-CABA"), ("Complejo Penitenciario Federal de la Ciudad Autónoma de Buenos Aires", "CPF-CABA"),
        ("Devoto", "CPF-CABA"), ("U.2", "CPF-CABA"), ("CFJA", "CFJA"), ("Complejo Federal para Jóvenes Adultos", "CFJA"),
        ("U.19 Colonia Penal de Ezeiza", "U-19"), ("colonia penal de ezeiza", "U-19"), ("U.35", "U-35"),
        ("Río Gallegos", "U-15"), ("RIO GALLEGOS", "U-15"),
    ])
    func spfSpellings(_ name: String, _ id: String) throws {
        #expect(try FacilityDirectory.spf.resolve(name).id == id, "\(name)")
    }

    @Test func everyDomainUnitIsKnown() throws {
        #expect(FacilityDirectory.spf.facilities.count == 29)
        for unit in [4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 19, 22, 25, 28, 30, 34, 35] {
            #expect(try FacilityDirectory.spf.resolve("U.\(unit)").id == "U-\(unit)")
        }
        // The table builds without conflicting aliases (the shared instance would have trapped).
        #expect(throws: Never.self) { try FacilityDirectory(FacilityDirectory.spf.facilities) }
    }

    @Test func unknownNamesListTheClosestUnits() {
        #expect(throws: FacilityNameError.unknownFacility("Ezeiza", candidates: ["CPF-I", "CPF-IV", "CPF-VII"])) {
            try FacilityDirectory.spf.resolve("Ezeiza")
        }
        do {
            _ = try FacilityDirectory.spf.resolve("Rawsonn")
        } catch {
            #expect(error.description.hasPrefix("no facility matches 'Rawsonn'; closest: U-6"))
        }
        #expect(throws: FacilityNameError.self) { try FacilityDirectory.spf.resolve("U.99") }
    }

    @Test func renamedUnitsFollowTheirValidity() throws {
        let renaming = try #require(Day(iso: "2018-03-01"))
        let directory = try FacilityDirectory([
            Facility(id: "U-31", name: "Unidad 31 (Ezeiza)", validUntil: renaming, successor: "CPF-VII"),
            Facility(id: "CPF-VII", name: "Complejo Penitenciario Federal VII", validFrom: renaming),
        ])
        #expect(try directory.resolve("U.31", on: Day(iso: "2017-12-31")).id == "U-31")
        #expect(try directory.resolve("Unidad 31", on: renaming).id == "CPF-VII")
        #expect(try directory.resolve("unidad N° 31").id == "CPF-VII")
        #expect(try directory.resolve("CPF VII", on: Day(iso: "2010-01-01")).id == "CPF-VII")
    }

    @Test func directoriesRejectContradictions() {
        #expect(throws: FacilityNameError.conflictingAlias("Unidad 12", facilities: ["U-12", "X"])) {
            try FacilityDirectory([Facility(id: "U-12", name: "Viedma"), Facility(id: "X", name: "Unidad 12")])
        }
        #expect(throws: FacilityNameError.unknownSuccessor("CPF-IX", of: "U-1")) {
            try FacilityDirectory([Facility(id: "U-1", name: "Uno", successor: "CPF-IX")])
        }
    }
}
