/// A number per row that grouped sums add up: a value, a squared deviation, a product.
///
/// Kernels are generic over the term, so each kind of sum compiles to its own loop with the term
/// inlined, instead of calling a closure per row.
protocol GroupTerm {
    /// The term for `row`, which belongs to `group`.
    func callAsFunction(_ row: Int, _ group: Int) -> Double
}

/// A numeric value type that converts to `Double` for sums and statistics.
protocol DoubleConvertible {
    var asDouble: Double { get }
}

extension Int64: DoubleConvertible {
    @inline(__always) var asDouble: Double { Double(self) }
}

extension Double: DoubleConvertible {
    @inline(__always) var asDouble: Double { self }
}

/// The value of each row.
struct ValueTerm<T: DoubleConvertible>: GroupTerm {
    let values: UnsafePointer<T>

    @inline(__always)
    func callAsFunction(_ row: Int, _ group: Int) -> Double { values[row].asDouble }
}

/// The product of two rows' deviations from their group means: a square when both are the same.
struct ProductOfDeviationsTerm<X: DoubleConvertible, Y: DoubleConvertible>: GroupTerm {
    let x: UnsafePointer<X>
    let xMeans: UnsafePointer<Double>
    let y: UnsafePointer<Y>
    let yMeans: UnsafePointer<Double>

    @inline(__always)
    func callAsFunction(_ row: Int, _ group: Int) -> Double {
        (x[row].asDouble - xMeans[group]) * (y[row].asDouble - yMeans[group])
    }
}
