extension StringColumn {
    /// Which dictionary entries some valid row uses; functions that can fail look only at these,
    /// so a string a filter removed never raises an error.
    public var usedEntries: [Bool] {
        var used = [Bool](repeating: false, count: dictionary.count)
        codes.withUnsafeBufferPointer { codes in
            if validity.hasNulls {
                for row in 0..<codes.count where validity.isValid(row) { used[Int(codes[row])] = true }
            } else {
                for code in codes { used[Int(code)] = true }
            }
        }
        return used
    }

    /// The column with each distinct string transformed once (not each row). Strings that
    /// transform alike share one code, so grouping and joining on the result stay exact.
    public func mappingEntries(_ transform: (String) throws -> String) rethrows -> StringColumn {
        guard !dictionary.isEmpty else { return self }
        var builder = StringColumnBuilder()
        var remap = [Int32](repeating: 0, count: dictionary.count)
        for (code, used) in usedEntries.enumerated() where used {
            remap[code] = builder.code(for: try transform(dictionary[code]))
        }
        let mapped = remap.withUnsafeBufferPointer { remap in
            codes.withUnsafeBufferPointer { source in
                Array<Int32>(unsafeUninitializedCapacity: source.count) { buffer, initialized in
                    for row in 0..<source.count { buffer[row] = remap[Int(source[row])] }
                    initialized = source.count
                }
            }
        }
        return StringColumn(codes: mapped, dictionary: builder.finish().dictionary, validity: validity)
    }

    /// A typed column with one value per distinct string, computed once and spread over the
    /// rows by code; a `nil` result is a null row.
    public func mappingEntries<T: Sendable>(
        placeholder: T, _ transform: (String) throws -> T?
    ) rethrows -> Column<T> {
        var results = [T](repeating: placeholder, count: dictionary.count)
        var valid = [Bool](repeating: false, count: dictionary.count)
        for (code, used) in usedEntries.enumerated() where used {
            if let result = try transform(dictionary[code]) {
                results[code] = result
                valid[code] = true
            }
        }
        let count = codes.count
        let values = results.withUnsafeBufferPointer { results in
            codes.withUnsafeBufferPointer { source in
                Array<T>(unsafeUninitializedCapacity: count) { buffer, initialized in
                    for row in 0..<count {
                        // A null row's code may point at an unused entry; its placeholder does.
                        (buffer.baseAddress! + row).initialize(to: results.isEmpty ? placeholder : results[Int(source[row])])
                    }
                    initialized = count
                }
            }
        }
        let allValid = zip(valid, usedEntries).allSatisfy { $0 || !$1 }
        guard !allValid else { return Column(values: values, validity: validity) }
        let rowValidity = Validity((0..<count).lazy.map { self.validity.isValid($0) && valid[Int(self.codes[$0])] })
        return Column(values: values, validity: rowValidity)
    }

    /// The first valid row holding dictionary entry `code`, for error messages.
    public func firstRow(withCode code: Int32) -> Int? {
        codes.indices.first { codes[$0] == code && validity.isValid($0) }
    }
}
