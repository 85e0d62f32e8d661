import Frame

extension FunctionRegistry {
    /// `in [a, b, …] x`: whether the value is one of the listed constants, as SQL's `IN`. The
    /// binder builds the call from the `in` syntax, so it is not looked up by name.
    static let membership = function(
        "in", "Whether a value is one of a list of constants: `(x | in [1, 2])`.", [("value", nil)],
        options: ["values": .list([])], returns: { _ in .bool },
        kernel: { args, options in
            guard case .list(let values)? = options.values["values"] else { preconditionFailure("the binder gives the list") }
            return AnyColumn(name: "", args[0].isMember(of: values))
        })
}
