import Frame

/// One prison unit: a canonical id, a display name, the other ways sources spell it, and
/// the period in which it existed under this identity.
///
/// Units get renamed: when one becomes another, the old unit's `validUntil` is the first day
/// of the new identity and `successor` names the new unit's id.
///
///     Facility(id: "U-12", name: "Unidad 12 (Viedma)", aliases: ["Viedma"])
public struct Facility: Sendable, Hashable {
    /// The canonical id, such as `CPF-I` or `U-12`; also accepted as a spelling.
    public var id: String
    /// The name printed in reports.
    public var name: String
    /// Other spellings that mean this unit.
    public var aliases: [String]
    /// The first day of the unit under this identity, if known.
    public var validFrom: Day?
    /// The first day it no longer exists under this identity (exclusive), if it ended.
    public var validUntil: Day?
    /// The id of the unit it became, if it was renamed.
    public var successor: String?

    /// Creates a unit.
    public init(
        id: String, name: String, aliases: [String] = [], validFrom: Day? = nil, validUntil: Day? = nil,
        successor: String? = nil
    ) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.successor = successor
    }
}
