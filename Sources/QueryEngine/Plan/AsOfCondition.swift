import Frame

/// What an as-of join matches: equal `by` keys, then the closest `on` key in `direction`,
/// no farther than `tolerance` (in days for dates) when one is given.
public struct AsOfCondition: Sendable {
    public var on: (left: String, right: String)
    public var by: [(left: String, right: String)]
    public var direction: AsOfDirection
    public var tolerance: Double?

    public init(on: (left: String, right: String), by: [(left: String, right: String)], direction: AsOfDirection, tolerance: Double?) {
        self.on = on
        self.by = by
        self.direction = direction
        self.tolerance = tolerance
    }
}
