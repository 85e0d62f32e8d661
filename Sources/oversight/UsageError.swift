/// A mistake on the command line, with the help that fixes it.
struct UsageError: Error {
    let message: String
    /// The command whose help to point at, if any.
    let command: String?

    init(_ message: String, command: String? = nil) {
        self.message = message
        self.command = command
    }
}
