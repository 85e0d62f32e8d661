/// Which sheet of a workbook to read.
public enum XLSXSheetSelector: Sendable, Hashable, CustomStringConvertible {
    /// The sheet with this name, as its tab shows it.
    case name(String)
    /// The sheet at this position among the tabs, from 1, hidden sheets included.
    case position(Int)

    /// `'Efetivo'` or `2`, as a query writes it.
    public var description: String {
        switch self {
        case .name(let name): "'\(name)'"
        case .position(let position): String(position)
        }
    }
}
