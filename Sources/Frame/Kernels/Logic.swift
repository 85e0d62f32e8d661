/// Boolean logic with SQL's three-valued nulls.
public enum Logic {
    /// `a && b`: false if either is false, else null if either is null, else true.
    public static func and(_ a: Column<Bool>, _ b: Column<Bool>) -> Column<Bool> {
        combine(a, b, dominant: false)
    }

    /// `a || b`: true if either is true, else null if either is null, else false.
    public static func or(_ a: Column<Bool>, _ b: Column<Bool>) -> Column<Bool> {
        combine(a, b, dominant: true)
    }

    /// `!a`: null stays null.
    public static func not(_ a: Column<Bool>) -> Column<Bool> {
        Column(values: a.values.map { !$0 }, validity: a.validity)
    }

    /// Whether each row is null (never null itself).
    public static func isNull(_ validity: Validity) -> Column<Bool> {
        Column(values: (0..<validity.count).map { !validity.isValid($0) })
    }

    private static func combine(_ a: Column<Bool>, _ b: Column<Bool>, dominant: Bool) -> Column<Bool> {
        var values = [Bool](repeating: false, count: a.count)
        var valid = [Bool](repeating: true, count: a.count)
        for i in 0..<a.count {
            let x = a[i]
            let y = b[i]
            if x == dominant || y == dominant {
                values[i] = dominant
            } else if x == nil || y == nil {
                valid[i] = false
            } else {
                values[i] = !dominant
            }
        }
        return Column(values: values, validity: Validity(valid))
    }
}
