import Frame

/// A table of prison units that turns the many spellings of a unit's name into its
/// canonical id.
///
/// Every id, display name and alias is indexed under its `facilityKey`, so a look-up ignores
/// case, accents, punctuation, spacing and the usual prefixes (`U-12` = `Unidad N° 12`). A
/// name that matches nothing is an error that lists the closest units. Renamed units are
/// followed to their successor according to the date asked about.
///
///     let spf = FacilityDirectory.spf
///     try spf.resolve("UNIDAD N° 12").id                                  // "U-12"
///     try spf.resolve("Complejo Penitenciario Federal I – Ezeiza").id     // "CPF-I"
public struct FacilityDirectory: Sendable {
    /// The units, in the order given.
    public let facilities: [Facility]
    /// The position of the unit of each key.
    private let index: [String: Int]
    /// The key of every spelling, with its unit, for suggestions.
    private let spellings: [(key: String, facility: Int)]

    /// A directory of the given units.
    ///
    /// - Parameter facilities: The units; ids must be distinct.
    /// - Throws: `FacilityNameError.conflictingAlias` when one spelling (after matching rules)
    ///   names two units, `unknownSuccessor` when a successor is not in the list.
    public init(_ facilities: [Facility]) throws(FacilityNameError) {
        var index: [String: Int] = [:]
        var spellings: [(key: String, facility: Int)] = []
        for (position, facility) in facilities.enumerated() {
            for spelling in [facility.id, facility.name] + facility.aliases {
                let key = spelling.facilityKey
                if let existing = index[key], existing != position {
                    throw .conflictingAlias(spelling, facilities: [facilities[existing].id, facility.id])
                }
                index[key] = position
                spellings.append((spelling.matchKey, position))
            }
        }
        for facility in facilities {
            if let successor = facility.successor, !facilities.contains(where: { $0.id == successor }) {
                throw .unknownSuccessor(successor, of: facility.id)
            }
        }
        self.facilities = facilities
        self.index = index
        self.spellings = spellings
    }

    /// The unit a name means, as it was on `day`.
    ///
    /// With a date, a unit renamed on or before that date is followed to its successor; a
    /// date before the renaming keeps the old unit, and a renaming with no recorded date is
    /// always followed. Without a date, successors are followed to the unit as it is now.
    ///
    /// - Parameters:
    ///   - name: The name as a source spells it.
    ///   - day: The date the name refers to, if known.
    /// - Returns: The unit.
    /// - Throws: `FacilityNameError.unknownFacility` with the three closest unit ids.
    /// - Complexity: O(m) for a name of m characters; O(k·m²) for k spellings when it fails.
    public func resolve(_ name: String, on day: Day? = nil) throws(FacilityNameError) -> Facility {
        guard let position = index[name.facilityKey] else {
            throw .unknownFacility(name, candidates: closest(to: name).map(\.id))
        }
        var facility = facilities[position]
        while let successor = facility.successor,
              day.map({ day in facility.validUntil.map { day >= $0 } ?? true }) ?? true,
              let next = facilities.first(where: { $0.id == successor })
        {
            facility = next
        }
        return facility
    }

    /// Every spelling's facility key with the id of the unit it resolves to today, in key
    /// order: what a translation to another language looks names up in.
    public var idsByFacilityKey: [(key: String, id: String)] {
        index.sorted { $0.key < $1.key }.map { entry in
            // Ids resolve to themselves, so this only follows successors.
            (entry.key, (try? resolve(facilities[entry.value].id).id) ?? facilities[entry.value].id)
        }
    }

    /// The units whose spellings are closest to `name`, nearest first.
    ///
    /// A spelling that contains the name (or is contained in it) counts as nearest, such as
    /// `Complejo Penitenciario Federal I (Ezeiza)` for `Ezeiza`; otherwise the edit distance
    /// between match keys decides. Ties keep the directory's order.
    ///
    /// - Parameters:
    ///   - name: Any text.
    ///   - limit: The number of units returned, 3 by default.
    public func closest(to name: String, limit: Int = 3) -> [Facility] {
        let key = name.matchKey
        var best: [Int: Int] = [:]
        for spelling in spellings {
            let contains = !key.isEmpty && (spelling.key.contains(key) || key.contains(spelling.key))
            let distance = contains ? 0 : editDistance(key, spelling.key)
            best[spelling.facility] = min(distance, best[spelling.facility] ?? .max)
        }
        return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(limit).map { facilities[$0.key] }
    }
}
