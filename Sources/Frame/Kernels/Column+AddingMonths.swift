extension Column where Value == Day {
    /// The same day some months later, row by row, clamped to the end of a shorter month
    /// (31 January plus one month is 28 or 29 February); null where either is null, and where
    /// the shift leaves the years the calendar handles (more than a million months).
    public func addingMonths(_ months: Column<Int64>) -> Column<Day> {
        var validity = validity.intersection(months.validity)
        let limit: Int64 = 1_000_000
        let values = values.withUnsafeBufferPointer { days in
            months.values.withUnsafeBufferPointer { months in
                Array<Day>(unsafeUninitializedCapacity: days.count) { buffer, initialized in
                    for row in 0..<days.count {
                        let shift = months[row]
                        buffer[row] = abs(shift) <= limit ? days[row].adding(months: Int(shift)) : days[row]
                    }
                    initialized = days.count
                }
            }
        }
        if months.values.contains(where: { abs($0) > limit }) {
            validity = validity.intersection(Validity(months.values.lazy.map { abs($0) <= limit }))
        }
        return Column(values: values, validity: validity)
    }
}
