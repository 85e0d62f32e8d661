extension AnyColumn {
    /// Whether values of type `source` can be converted to `target` at all: text reads and
    /// writes everything; numbers and booleans become numbers; only text becomes a date.
    public static func canConvert(_ source: DataType, to target: DataType) -> Bool {
        switch target {
        case .string: true
        case .int64, .double: source != .date
        case .date: source == .date || source == .string
        case .bool: source == .bool
        }
    }

    /// The column converted to `target` by SQL's CAST rules: doubles round half to even into
    /// integers; text is read after trimming ASCII white space, as a decimal integer (a
    /// fraction rounds half away from zero), a decimal number with an optional exponent, or an
    /// ISO date `YYYY-MM-DD`; doubles write as their shortest round-trip text (`0.1`, `1.0`,
    /// `1e+16`). A value that does not convert throws, or is null when `strict` is false.
    public func converted(to target: DataType, strict: Bool) throws(ConversionError) -> AnyColumn {
        precondition(AnyColumn.canConvert(dataType, to: target), "the binder checks conversions")
        if dataType == target { return self }
        switch (storage, target) {
        case (.string(let text), .int64):
            return AnyColumn(name: name, try text.parsing(to: target, strict: strict, placeholder: Int64(0), TextNumber.integer))
        case (.string(let text), .double):
            // Text too large for a double reads as infinite, which is null like any non-finite number.
            let parsed = try text.parsing(to: target, strict: strict, placeholder: 0.0) { TextNumber.double($0) }
            return AnyColumn(name: name, Column(values: parsed.values, validity: parsed.validity.intersection(Validity(parsed.values.lazy.map(\.isFinite)))))
        case (.string(let text), .date):
            return AnyColumn(name: name, try text.parsing(to: target, strict: strict, placeholder: Day(daysSinceEpoch: 0)) {
                Day(iso: TextNumber.trimmed($0))
            })
        case (.double(let column), .int64):
            let limit = 9_223_372_036_854_775_808.0
            let rounded = column.mappingValues { $0.rounded(.toNearestOrEven) }
            let fits = Validity(rounded.values.lazy.map { $0 >= -limit && $0 < limit })
            if strict, let row = (0..<count).first(where: { column.validity.isValid($0) && !fits.isValid($0) }) {
                throw ConversionError(value: formatDouble(column.values[row]), row: row, target: target)
            }
            let values = rounded.mappingValues { $0 >= -limit && $0 < limit ? Int64($0) : 0 }
            return AnyColumn(name: name, Column(values: values.values, validity: column.validity.intersection(fits)))
        case (.bool(let column), .int64):
            return AnyColumn(name: name, column.mappingValues { $0 ? Int64(1) : 0 })
        case (.bool(let column), .double):
            return AnyColumn(name: name, column.mappingValues { $0 ? 1.0 : 0 })
        case (.int64(let column), .double):
            return AnyColumn(name: name, column.mappingValues(Double.init))
        case (.bool(let column), .string):
            let codes = column.values.map { $0 ? Int32(1) : 0 }
            return AnyColumn(name: name, StringColumn(codes: codes, dictionary: ["false", "true"], validity: column.validity))
        case (.int64(let column), .string):
            return AnyColumn(name: name, column.writing { String($0) })
        case (.double(let column), .string):
            return AnyColumn(name: name, column.writing(TextNumber.shortestText))
        case (.date(let column), .string):
            return AnyColumn(name: name, column.writing(\.description))
        default:
            preconditionFailure("canConvert rules out \(dataType) to \(target)")
        }
    }
}

extension StringColumn {
    /// Parses each distinct string once.
    fileprivate func parsing<T: Sendable>(
        to target: DataType, strict: Bool, placeholder: T, _ parse: (String) -> T?
    ) throws(ConversionError) -> Column<T> {
        let parsed = mappingEntries(placeholder: placeholder, parse)
        if strict, parsed.nullCount > nullCount,
            let row = (0..<count).first(where: { validity.isValid($0) && !parsed.validity.isValid($0) })
        {
            throw ConversionError(value: dictionary[Int(codes[row])], row: row, target: target)
        }
        return parsed
    }
}

extension Column {
    /// Each value as text, into a dictionary-encoded column.
    fileprivate func writing(_ text: (Value) -> String) -> StringColumn {
        var builder = StringColumnBuilder()
        for row in 0..<count { builder.append(validity.isValid(row) ? text(values[row]) : nil) }
        return builder.finish()
    }
}
