extension AnyColumn {
    /// The rows of this column followed by the rows of `other`, which must have the same type
    /// (an integer column and a double column give a double column).
    public func concatenating(_ other: AnyColumn) throws(FrameError) -> AnyColumn {
        let validity = self.validity.appending(other.validity)
        switch (storage, other.storage) {
        case (.int64(let a), .int64(let b)): return AnyColumn(name: name, Column(values: a.values + b.values, validity: validity))
        case (.bool(let a), .bool(let b)): return AnyColumn(name: name, Column(values: a.values + b.values, validity: validity))
        case (.date(let a), .date(let b)): return AnyColumn(name: name, Column(values: a.values + b.values, validity: validity))
        case (.string(let a), .string(let b)):
            return AnyColumn(name: name, a.concatenating(b))
        case (.int64, .double), (.double, .int64), (.double, .double):
            return AnyColumn(name: name, Column(values: doubles!.values + other.doubles!.values, validity: validity))
        default:
            throw .typeMismatch(column: name, expected: dataType.description, found: other.dataType)
        }
    }
}

extension StringColumn {
    /// The rows of this column followed by those of `other`, with one dictionary: this one's
    /// strings, then those of `other` not already in it, so only distinct strings are hashed.
    func concatenating(_ other: StringColumn) -> StringColumn {
        var dictionary = self.dictionary
        var lookup: [String: Int32] = [:]
        for (code, text) in dictionary.enumerated() where lookup[text] == nil { lookup[text] = Int32(code) }
        let remap = other.dictionary.map { text -> Int32 in
            if let code = lookup[text] { return code }
            let code = Int32(dictionary.count)
            dictionary.append(text)
            lookup[text] = code
            return code
        }
        var codes = self.codes
        codes.reserveCapacity(count + other.count)
        remap.withUnsafeBufferPointer { remap in
            other.codes.withUnsafeBufferPointer { otherCodes in
                // A null row's code is a placeholder that may lie outside the dictionary.
                for code in otherCodes { codes.append(code >= 0 && Int(code) < remap.count ? remap[Int(code)] : 0) }
            }
        }
        return StringColumn(codes: codes, dictionary: dictionary, validity: validity.appending(other.validity))
    }
}
