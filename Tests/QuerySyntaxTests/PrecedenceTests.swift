import Testing

@Suite struct PrecedenceTests {
    static let cases: [(String, String)] = [
        // A call binds looser than every operator.
        ("sum x + 1", "(call sum (+ x 1))"),
        ("f a + b c", "(call f (+ a b) c)"),
        ("x (length name) > 3", "(call x (> (call length name) 3))"),
        ("count this > 3", "(call count (> this 3))"),
        // Prefix operators bind tighter than `**`, which groups to the right.
        ("x -a ** 2", "(call x (** (- a) 2))"),
        ("x a ** b ** c", "(call x (** a (** b c)))"),
        ("x a * b + c * d", "(call x (+ (* a b) (* c d)))"),
        ("x a - b - c", "(call x (- (- a b) c))"),
        ("x a // b % c", "(call x (% (// a b) c))"),
        ("x a ?? b + c", "(call x (?? a (+ b c)))"),
        ("x a == b ?? c", "(call x (?? (== a b) c))"),
        ("x a || b && c == d", "(call x (|| a (&& b (== c d))))"),
        ("x !a && b", "(call x (&& (! a) b))"),
        ("x a != null", "(call x (!= a null))"),
        ("x a <= b", "(call x (<= a b))"),
        ("x 1..n + 1", "(call x (+ (range 1 n) 1))"),
        ("x -1..5", "(call x (range (- 1) 5))"),
        // `-`, `+`, `==` and `..` between arguments: prefix when written like one.
        ("round x -1", "(call round x (- 1))"),
        ("round x - 1", "(call round (- x 1))"),
        ("round x-1", "(call round (- x 1))"),
        ("take 1 ..5", "(call take 1 (range _ 5))"),
        ("join t ==id", "(call join t (== id))"),
        ("x (a -b)", "(call x (call a (- b)))"),
        ("x (a - b)", "(call x (- a b))"),
        // Inside brackets an operator expression, not an argument, follows `=`.
        ("derive {y = x - 1, z = -x}", "(call derive (tuple y=(- x 1) z=(- x)))"),
    ]

    @Test(arguments: cases)
    func precedence(input: String, expected: String) {
        #expect(ast(input) == expected)
    }
}
