/// A reserved word of the query language.
///
/// `to` (in `export NAME to …`) and `this`/`that` are not reserved: they are ordinary
/// identifiers that the parser or the engine recognise by position.
public enum Keyword: String, Sendable, Hashable {
    case `let`
    case export
    case include
    case `case`
    case `true`
    case `false`
    case null
}
