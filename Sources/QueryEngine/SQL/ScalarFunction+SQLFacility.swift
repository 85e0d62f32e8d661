import OversightStats

extension ScalarFunction {
    /// `facility_id`: the name's facility key looked up among the SPF directory's keys; a
    /// name that matches no unit stops the statement with DuckDB's `error()`.
    static func facilityIDSQL(_ name: String) -> String {
        let arms = FacilityDirectory.spf.idsByFacilityKey.map { "WHEN \(SQLText.string($0.key)) THEN \(SQLText.string($0.id))" }
        let unknown = "CASE WHEN \(name) IS NOT NULL THEN error('no SPF unit matches ''' || \(name) || '''') END"
        return "(CASE \(SQLMatchKey.facilityKey(name)) \(arms.joined(separator: " ")) ELSE \(unknown) END)"
    }

    /// `facility_name`: the display name of a unit id; any other text stays as it is.
    static func facilityNameSQL(_ id: String) -> String {
        let arms = FacilityDirectory.spf.facilities.map { "WHEN \(SQLText.string($0.id)) THEN \(SQLText.string($0.name))" }
        return "(CASE \(id) \(arms.joined(separator: " ")) ELSE \(id) END)"
    }
}
