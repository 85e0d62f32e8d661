extension AnyColumn {
    /// Whether each value is one of `list`, with SQL's three-valued `IN`: null for a null value,
    /// and null rather than false when there is no match but the list holds a null. Numbers
    /// compare as numbers whatever their type; other values must have the column's type.
    public func isMember(of list: [Value]) -> Column<Bool> {
        let listHasNull = list.contains(.null)
        let flags: Column<Bool>
        switch storage {
        case .string(let column):
            let members = Set(list.compactMap { if case .string(let s) = $0 { s } else { nil } })
            flags = column.mappingEntries(placeholder: false) { members.contains($0) }
        case .int64(let column) where list.allSatisfy({ $0.dataType != .double }):
            let members = Set(list.compactMap { if case .int(let v) = $0 { v } else { nil } })
            flags = column.mappingValues { members.contains($0) }
        case .int64, .double:
            let members = Set(list.compactMap(\.doubleValue))
            flags = doubles!.mappingValues { members.contains($0) }
        case .bool(let column):
            let members = Set(list.compactMap { if case .bool(let b) = $0 { b } else { nil } })
            flags = column.mappingValues { members.contains($0) }
        case .date(let column):
            let members = Set(list.compactMap { if case .date(let d) = $0 { d } else { nil } })
            flags = column.mappingValues { members.contains($0) }
        }
        guard listHasNull else { return flags }
        // No match against a list with a null is unknown, not false.
        return Column(values: flags.values, validity: flags.validity.intersection(Validity(flags.values)))
    }
}
