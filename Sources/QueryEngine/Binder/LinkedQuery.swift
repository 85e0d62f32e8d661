import QuerySyntax

/// A query file with the files it includes spliced in where each `include` stands: the
/// statements to bind, in order, each with the file it was written in.
///
/// Reading the included files is the caller's business (the engine reads no files); the binder
/// uses each statement's file to resolve its data paths and to name it in diagnostics.
public struct LinkedQuery: Sendable {
    /// A file whose statements take part.
    public struct Origin: Sendable, Hashable {
        /// The file's text, named for diagnostics.
        public var file: SourceFile
        /// Its folder relative to the main file's folder (empty beside it), prefixed to the
        /// relative paths its statements name; an absolute path when it lies elsewhere.
        public var folder: String
        /// Whether it was included, rather than being the main file.
        public var isIncluded: Bool

        /// An origin from its file, folder and role.
        public init(file: SourceFile, folder: String, isIncluded: Bool) {
            self.file = file
            self.folder = folder
            self.isIncluded = isIncluded
        }
    }

    /// A statement and the index of its file in `origins`.
    public struct Item: Sendable {
        public var statement: Statement
        public var origin: Int

        /// A statement written in `origins[origin]`.
        public init(_ statement: Statement, origin: Int) {
            self.statement = statement
            self.origin = origin
        }
    }

    /// The files, the main one first.
    public var origins: [Origin]
    /// The statements in the order they bind.
    public var items: [Item]

    /// A linked query from its files and statements.
    public init(origins: [Origin], items: [Item]) {
        self.origins = origins
        self.items = items
    }

    /// A single file that includes nothing.
    public init(_ file: QueryFile, source: SourceFile = SourceFile(name: "", text: "")) {
        self.origins = [Origin(file: source, folder: "", isIncluded: false)]
        self.items = file.statements.map { Item($0, origin: 0) }
    }
}
